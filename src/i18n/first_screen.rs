//! The first screen's texts, Danish and English side by side: the page's
//! head, the examples, the groups, the cost and the benefits, the results,
//! a group's details, the loaded example's figures and the budget goal's
//! fields. The first part of [`Texts`](super::Texts), whose rest is in
//! `messages.rs` (two files only to keep each short).
//!
//! `texts!` (`macros.rs`) expands these entries in `mod.rs`, so the names
//! they use resolve there: a type new to this file gets its `use` in
//! `mod.rs`.

/// This part's entries, appended to those `texts!` has gathered.
macro_rules! table {
    ($($gathered:tt)*) => { $crate::i18n::macros::texts! { $($gathered)*

    page_title { da: "Sagsstamme-beregneren", en: "Caseload calculator" }
    intro {
        da: "Hvad koster en lavere sagsstamme i jobcentret, og hvor meget kortere tid \
             på ydelse skal borgerne have, før indsatsen betaler sig selv? Skriv antal \
             borgere, sagsstammen i dag og den nye sagsstamme.",
        en: "What does a lower caseload in the job centre cost, and how much less time \
             on benefits must citizens spend before it pays for itself? Enter the number \
             of citizens, today's caseload and the target caseload.",
    }
    privacy {
        da: "Alt regnes i din browser. Intet sendes nogen steder.",
        en: "Everything is calculated in your browser. Nothing is sent anywhere.",
    }
    /// Label of the button that switches to the *other* language, written in
    /// that language.
    switch_to_other { da: "English", en: "Dansk" }
    switch_to_other_hint { da: "Show the calculator in English", en: "Vis beregneren på dansk" }
    skip_to_results { da: "Gå til resultatet", en: "Skip to the results" }

    presets_heading { da: "Eksempler", en: "Examples" }
    presets_hint {
        da: "Indlæs et offentliggjort forslag og se, om tallene kan genskabes.",
        en: "Load a published proposal and see whether its figures can be reproduced.",
    }
    reset { da: "Nulstil til standard", en: "Reset to defaults" }
    reset_confirm {
        da: "Nulstil alle felter til standardværdierne?",
        en: "Reset every field to the defaults?",
    }
    /// Said when an example replaced the user's own scenario, with a button
    /// that brings it back.
    undo_text {
        da: "Eksemplet erstattede dit eget scenarie. Du kan hente det tilbage.",
        en: "The example replaced your own scenario. You can bring it back.",
    }
    undo_button { da: "Fortryd", en: "Undo" }
    preset_loaded: fn(&str) -> String {
        da: |name| format!("Indlæst: {name}"),
        en: |name| format!("Loaded: {name}"),
    }
    source { da: "Kilde", en: "Source" }
    note { da: "Bemærk", en: "Note" }
    published { da: "Offentliggjort udgift om året", en: "Published annual cost" }
    computed { da: "Beregnet her", en: "Computed here" }
    price_level: fn(u16) -> String { da: |y| format!("{y} p/l"), en: |y| format!("{y} prices") }

    notices_heading {
        da: "Nogle værdier i linket blev ignoreret",
        en: "Some values in the link were ignored",
    }
    notice_dismiss { da: "Luk beskeden", en: "Dismiss" }

    groups_heading { da: "Målgrupper", en: "Target groups" }
    groups_hint {
        da: "Én række pr. gruppe borgere med egen sagsstamme. Antal borgere i \
             helårspersoner (fx 24 borgere i et halvt år = 12).",
        en: "One row per group of citizens with its own caseload. Citizens in \
             full-year persons (e.g. 24 citizens for half a year = 12).",
    }
    group_default_name: fn(usize) -> String {
        da: |n| format!("Målgruppe {n}"),
        en: |n| format!("Target group {n}"),
    }
    label_name { da: "Navn", en: "Name" }
    label_headcount { da: "Antal borgere (helårspersoner)", en: "Citizens (full-year persons)" }
    label_current { da: "Sagsstamme i dag", en: "Caseload today" }
    label_target { da: "Ny sagsstamme", en: "Target caseload" }
    label_benefit { da: "Ydelse", en: "Benefit" }
    add_group { da: "Tilføj målgruppe", en: "Add target group" }
    max_groups: fn(usize) -> String {
        da: |n| format!("Højst {n} målgrupper."),
        en: |n| format!("At most {n} target groups."),
    }
    remove_group: fn(&str) -> String {
        da: |name| format!("Fjern {name}"),
        en: |name| format!("Remove {name}"),
    }

    cost_heading { da: "Udgift pr. årsværk", en: "Cost per staff year" }
    label_cost {
        da: "Løn inkl. pension pr. årsværk (kr.)",
        en: "Salary with pension per staff year (DKK)",
    }
    label_overhead { da: "Overhead (%)", en: "Overhead (%)" }
    label_cost_year { da: "Lønnen er i år", en: "Salary is for the year" }
    cost_hint {
        da: "Standard: en socialrådgivers gennemsnitsløn inkl. pension i staten, 482.946 kr. \
             (Dansk Socialrådgiverforening, efter lønstigningen 1. april 2022; et kommunalt \
             gennemsnit kunne ikke findes), plus 20 % overhead til lokaler, it og ledelse, som \
             KL plejer at regne (Folketinget, beretning nr. 16, 2020-21). Lønnen regnes om til \
             budgettets p/l med det statslige lønindeks (Finansministeriet); KL's kommunale \
             pris- og lønskøn kunne ikke findes.",
        en: "Default: a social worker's average salary with pension in the state, DKK \
             482,946 (Danish Association of Social Workers, after the pay rise of 1 April \
             2022; a municipal average could not be found), plus 20 % overhead for premises, \
             IT and management, as KL customarily counts it (Folketinget, report no. 16, \
             2020-21). The salary is brought to the budget's price level with the state wage \
             index (Ministry of Finance); KL's municipal price and wage forecast could not be \
             found.",
    }
    /// The cost per staff year the page computes with, from its parts:
    /// (K at the price level, salary, overhead %, salary year, price level,
    /// wage factor, whether the factor is partly assumed).
    cost_total: fn(&str, &str, &str, i32, i32, &str, bool) -> String {
        da: |k, salary, overhead, from, to, factor, assumed| {
            let how = if from == to {
                String::new()
            } else {
                let guess = if assumed { ", delvis antaget" } else { "" };
                format!(" × lønindeks {from}→{to} {factor}{guess}")
            };
            format!("Regnes med {k} pr. årsværk i {to} p/l: {salary} × (1 + {overhead} overhead){how}.")
        },
        en: |k, salary, overhead, from, to, factor, assumed| {
            let how = if from == to {
                String::new()
            } else {
                let guess = if assumed { ", partly assumed" } else { "" };
                format!(" × wage index {from}→{to} {factor}{guess}")
            };
            format!("Computed with {k} per staff year at {to} prices: {salary} × (1 + {overhead} overhead){how}.")
        },
    }

    benefits_heading { da: "Ydelser og refusion", en: "Benefits and reimbursement" }
    benefits_hint {
        da: "Kommunens nettoudgift pr. ydelsesmåned er satsen minus statens \
             refusion. 20 % refusion gælder fra uge 53 på offentlig ydelse, som \
             er typisk for langvarige sager.",
        en: "The municipality's net cost per benefit month is the rate less the \
             state's reimbursement. 20 % reimbursement applies from week 53 on \
             public benefits, typical of long-term cases.",
    }
    col_benefit { da: "Ydelse", en: "Benefit" }
    col_rate { da: "Sats pr. måned (kr.)", en: "Rate per month (DKK)" }
    col_rate_year { da: "Satsens år", en: "Year of the rate" }
    col_reimbursement { da: "Statslig refusion (%)", en: "State reimbursement (%)" }
    col_net { da: "Kommunens nettoudgift pr. måned", en: "Municipality's net cost per month" }
    benefit_name: fn(BenefitKind) -> &'static str {
        da: |b| match b {
            BenefitKind::Sygedagpenge => "Sygedagpenge",
            BenefitKind::Jobafklaring => "Jobafklaringsforløb (ressourceforløbsydelse)",
            BenefitKind::Kontanthjaelp => "Kontanthjælp, over 30 år",
            BenefitKind::Other => "Anden ydelse (20 % refusion som standard)",
            BenefitKind::Ledighedsydelse => "Ledighedsydelse (89 %)",
            BenefitKind::Adagpenge => "A-dagpenge (kommunal medfinansiering)",
        },
        en: |b| match b {
            BenefitKind::Sygedagpenge => "Sickness benefit (sygedagpenge)",
            BenefitKind::Jobafklaring => "Job clarification (ressourceforløbsydelse)",
            BenefitKind::Kontanthjaelp => "Social assistance (kontanthjælp), over 30",
            BenefitKind::Other => "Other benefit (20 % reimbursement by default)",
            BenefitKind::Ledighedsydelse => "Flex-job waiting benefit (ledighedsydelse, 89 %)",
            BenefitKind::Adagpenge => "Unemployment benefit (a-dagpenge, municipal co-financing)",
        },
    }
    benefit_source: fn(BenefitKind) -> &'static str {
        da: |b| match b {
            BenefitKind::Sygedagpenge => {
                "Højeste ugesats × 52 / 12 (bm.dk, Satser for hvert år)."
            }
            BenefitKind::Jobafklaring => {
                "Udbetales på kontanthjælpsniveau for over 30-årige uden børn (star.dk; bm.dk). \
                 Ikke undersøgt, om kontanthjælpsreformen 1.7.2025 ændrede ydelsen."
            }
            BenefitKind::Kontanthjaelp => {
                "Fra 1.7.2025 forhøjet sats (politisk aftale, sekundær kilde) plus tillæg. \
                 Satsen for hjemmeboende under 30 år er ikke fundet. Før 2025: over 30 år uden \
                 børn (bm.dk)."
            }
            BenefitKind::Other => "Skriv satsen for den ydelse, gruppen er på. Refusion 20 % \
                                   (fra uge 53) som standard.",
            BenefitKind::Ledighedsydelse => {
                "89 % af a-dagpengenes højeste sats (bm.dk); refusionstrappen \
                 (finansieringsloven § 5, stk. 2)."
            }
            BenefitKind::Adagpenge => {
                "Højeste sats, fuldtidsforsikret (bm.dk, Satser for 2025). A-kassen udbetaler; \
                 kommunen medfinansierer 20/60/70/80 % efter uge (finansieringsloven § 5, \
                 stk. 3), så feltet er kommunens medfinansiering, ikke refusion."
            }
        },
        en: |b| match b {
            BenefitKind::Sygedagpenge => {
                "Highest weekly rate × 52 / 12 (bm.dk, Satser for each year)."
            }
            BenefitKind::Jobafklaring => {
                "Paid at the social assistance level for over-30s without children (star.dk; \
                 bm.dk). Not checked whether the reform of 1 July 2025 changed it."
            }
            BenefitKind::Kontanthjaelp => {
                "From 1 July 2025 the higher rate (political agreement, secondary source) plus \
                 supplements. The rate for young people living with their parents was not found. \
                 Before 2025: over 30 without children (bm.dk)."
            }
            BenefitKind::Other => "Enter the rate of the group's benefit. 20 % reimbursement \
                                   (from week 53) by default.",
            BenefitKind::Ledighedsydelse => {
                "89 % of the highest a-dagpenge rate (bm.dk); on the reimbursement ladder \
                 (finansieringsloven § 5(2))."
            }
            BenefitKind::Adagpenge => {
                "Highest rate, fully insured (bm.dk, Satser for 2025). The a-kasse pays; the \
                 municipality co-finances 20/60/70/80 % by week (finansieringsloven § 5(3)), \
                 so the field is its co-financing, not reimbursement."
            }
        },
    }

    results_heading { da: "Resultat", en: "Results" }
    staff_now { da: "Årsværk i dag", en: "Staff years today" }
    staff_target { da: "Årsværk ved ny sagsstamme", en: "Staff years at target" }
    extra_staff { da: "Ekstra årsværk", en: "Extra staff years" }
    annual_cost { da: "Udgift om året", en: "Annual cost" }
    break_even_months {
        da: "Ydelsesmåneder, der skal spares om året",
        en: "Benefit months to save per year",
    }
    months_per_citizen { da: "Måneder pr. borger om året", en: "Months per citizen per year" }
    reduction_share { da: "Kortere tid på ydelse", en: "Less time on benefits" }
    persons_off_benefits { da: "Helårspersoner ud af ydelse", en: "Full-year persons off benefits" }
    headline_required: fn(&str, &str) -> String {
        da: |months, pct| {
            format!(
                "Indsatsen betaler sig selv, hvis hver borger i gennemsnit er {months} \
                 måneder kortere tid på ydelse om året ({pct} mindre tid på ydelse)."
            )
        },
        en: |months, pct| {
            format!(
                "The effort pays for itself if each citizen on average spends {months} \
                 fewer months on benefits a year ({pct} less time on benefits)."
            )
        },
    }
    /// A cut: fewer staff years, the saving a year, today's and the new
    /// caseload.
    headline_cut: fn(&str, &str, &str, &str) -> String {
        da: |staff, amount, from, to| {
            format!(
                "Det er en nedskæring: {staff} færre sagsbehandlere (årsværk) sparer {amount} om \
                 året, og sagsstammen stiger fra {from} til {to} sager pr. sagsbehandler."
            )
        },
        en: |staff, amount, from, to| {
            format!(
                "This is a cut: {staff} fewer caseworkers (staff years) save {amount} a year, and \
                 the caseload rises from {from} to {to} cases per caseworker."
            )
        },
    }
    /// Some groups lower, others higher, fewer staff in all: as `headline_cut`.
    headline_mixed: fn(&str, &str, &str, &str) -> String {
        da: |staff, amount, from, to| {
            format!(
                "Nogle målgrupper får lavere og andre højere sagsstamme: samlet {staff} færre \
                 sagsbehandlere (årsværk), der sparer {amount} om året, og den gennemsnitlige \
                 sagsstamme stiger fra {from} til {to}."
            )
        },
        en: |staff, amount, from, to| {
            format!(
                "Some target groups get a lower caseload and others a higher one: in all {staff} \
                 fewer caseworkers (staff years), saving {amount} a year, and the average caseload \
                 rises from {from} to {to}."
            )
        },
    }
    /// Where a cut lands against DS: above one range (min, max).
    cut_above_range: fn(&str, &str) -> String {
        da: |min, max| format!("Det er over DS' vejledende sagstal på {min}–{max}."),
        en: |min, max| format!("That is above DS's recommended range of {min}–{max}."),
    }
    cut_above_ranges {
        da: "Det er over DS' vejledende sagstal i alle målgrupper, der får flere sager.",
        en: "That is above DS's recommended range in every target group that gets \
             more cases.",
    }
    /// `above` of `of` raised groups land above DS's range.
    cut_some_above: fn(usize, usize) -> String {
        da: |above, of| {
            format!(
                "{above} af {of} målgrupper, der får flere sager, kommer over DS' vejledende sagstal."
            )
        },
        en: |above, of| {
            format!(
                "{above} of {of} target groups that get more cases go above DS's recommended range."
            )
        },
    }
    cut_not_above {
        da: "Den nye sagsstamme er ikke over DS' vejledende sagstal.",
        en: "The new caseload is not above DS's recommended range.",
    }
    /// After a cut: no effect needed, but longer time on benefits costs.
    cut_effect_note {
        da: "Der kræves ingen effekt for at betale sig; bliver borgerne længere tid på \
             ydelse, kan det skrives som en negativ effekt i budgettet.",
        en: "No effect is needed to pay for it; if citizens spend longer on benefits as \
             a result, enter that as a negative effect in the budget.",
    }
    headline_free {
        da: "Prisen pr. årsværk er 0 kr., så de ekstra årsværk koster intet, og der \
             kræves ingen effekt.",
        en: "The cost per staff year is DKK 0, so the extra staff years cost nothing and \
             no effect is needed.",
    }
    headline_unchanged {
        da: "Sagsstammen er uændret: ingen ekstra udgift.",
        en: "The caseload is unchanged: no extra cost.",
    }
    no_benefit_spending {
        da: "Kan ikke betale sig gennem ydelser: der er ingen ydelsesudgift \
             at spare (0 borgere eller 0 kr. netto pr. måned).",
        en: "Cannot pay off through benefits: there is no benefit spending to \
             save (0 citizens or DKK 0 net per month).",
    }
    exceeds_all_benefits {
        da: "Det kræver mere end 100 % kortere tid på ydelse: indsatsen kan \
             ikke betale sig selv gennem ydelser alene.",
        en: "It would take more than 100 % less time on benefits: the effort \
             cannot pay for itself through benefits alone.",
    }
    not_needed { da: "Ikke nødvendigt", en: "Not needed" }
    invalid_results { da: "Kan ikke beregnes", en: "Cannot be calculated" }
    invalid_results_list { da: "Ret de markerede felter:", en: "Correct the marked fields:" }
    /// Above the figures kept while a field is being retyped.
    stale_note {
        da: "Tallene er fra før du tømte et felt. Udfyld feltet, så regnes de igen.",
        en: "These figures are from before you emptied a field. Fill it in to recalculate them.",
    }
    /// Over the expected effect's figures: (first year, last year).
    effect_heading: fn(i32, i32) -> String {
        da: |a, b| format!("Med den forventede effekt, {a}–{b}"),
        en: |a, b| format!("With the expected effect, {a}–{b}"),
    }
    payback_label { da: "Tjent hjem", en: "Paid back" }
    payback_year: fn(i32) -> String { da: |y| format!("i {y}"), en: |y| format!("in {y}") }
    payback_not_within: fn(u32) -> String {
        da: |n| format!("Ikke inden for {n} år"),
        en: |n| format!("Not within {n} years"),
    }
    net_effect_label { da: "Nettovirkning i alt", en: "Net effect in total" }
    /// The net effect over the years, an amount saved or spent.
    net_saving: fn(&str) -> String { da: |a| format!("{a} sparet"), en: |a| format!("{a} saved") }
    net_extra_cost: fn(&str) -> String {
        da: |a| format!("{a} i merudgift"),
        en: |a| format!("{a} extra cost"),
    }
    /// The phone's summary bar: the annual cost, the break-even per
    /// citizen, the payback year.
    summary_cost: fn(&str) -> String {
        da: |a| format!("{a} om året"),
        en: |a| format!("{a} a year"),
    }
    summary_break_even: fn(&str) -> String {
        da: |m| format!("break-even {m} mdr. pr. borger"),
        en: |m| format!("break-even {m} months per citizen"),
    }
    summary_payback: fn(i32) -> String {
        da: |y| format!("tjent hjem {y}"),
        en: |y| format!("paid back {y}"),
    }
    /// A small break-even in days: "ca. 5 dage".
    about_days: fn(u32) -> String {
        da: |n| match n {
            1 => "ca. 1 dag".to_owned(),
            n => format!("ca. {n} dage"),
        },
        en: |n| match n {
            1 => "about 1 day".to_owned(),
            n => format!("about {n} days"),
        },
    }
    less_than_a_day { da: "under 1 dag", en: "less than a day" }
    /// A salary far below any staff year's: (typed, read as thousands).
    /// (typed, the lowest ordinary salary, read as thousands).
    salary_far_below: fn(&str, &str, Option<&str>) -> String {
        da: |typed, low, thousands| {
            let mut s = format!("{typed} er langt under, hvad et årsværk koster i løn (over {low}).");
            if let Some(t) = thousands {
                s.push_str(&format!(" Skrev du beløbet i 1.000 kr.? Så skal der stå {t}."));
            }
            s
        },
        en: |typed, low, thousands| {
            let mut s = format!("{typed} is far below what a staff year costs in salary (over {low}).");
            if let Some(t) = thousands {
                s.push_str(&format!(" Did you write it in thousands? Then enter {t}."));
            }
            s
        },
    }
    /// (typed, the highest ordinary salary).
    salary_far_above: fn(&str, &str) -> String {
        da: |typed, high| {
            format!("{typed} er langt over, hvad et årsværk koster i løn (under {high}). Tjek beløbet.")
        },
        en: |typed, high| {
            format!("{typed} is far above what a staff year costs in salary (under {high}). Check the amount.")
        },
    }
    glossary_summary { da: "Hvad betyder ordene?", en: "What do the words mean?" }
    /// The words of budgets and benefits, each with a short explanation.
    glossary: &'static [(&'static str, &'static str)] {
        da: &[
            ("Årsværk", "én fuldtidsansat i et år. Ekstra årsværk er de sagsbehandlere, der skal ansættes for at nå målet."),
            ("Break-even", "det, indsatsen mindst skal give for at betale sig selv: så mange færre måneder på ydelse, at de sparede ydelser dækker lønnen."),
            ("Helårspersoner", "måneder på ydelse omregnet til personer, der er på ydelse hele året: 12 måneder er 1 helårsperson."),
            ("P/l (pris- og lønniveau)", "det år, hvis priser og lønninger et beløb er opgjort i. Beløb i 2027 p/l kan sammenlignes direkte med budgettet for 2027."),
            ("Overførsler", "ydelser, der udbetales til borgere, fx sygedagpenge. Staten refunderer en del af dem; lønnen til sagsbehandlere er service."),
            ("Minus", "i budgettabellen er minus en besparelse eller indtægt for kommunen, plus en udgift."),
        ],
        en: &[
            ("Staff year (årsværk)", "one full-time employee for a year. Extra staff years are the caseworkers to hire to reach the target."),
            ("Break-even", "the least the effort must achieve to pay for itself: so many fewer months on benefits that the benefits saved cover the salaries."),
            ("Full-year persons (helårspersoner)", "months on benefits counted as people on benefits all year: 12 months are 1 full-year person."),
            ("Price level (p/l)", "the year whose prices and wages an amount is given in. Amounts at 2027 p/l compare directly with the 2027 budget."),
            ("Transfers (overførsler)", "benefits paid to citizens, e.g. sickness benefit. The state reimburses part of them; caseworkers' salaries are services."),
            ("Minus", "in the budget table, minus is a saving or income for the municipality, plus an expense."),
        ],
    }
    /// A group's target against its DS range, in words: (where, target,
    /// min, max).
    ds_verdict: fn(Position, &str, &str, &str) -> String {
        da: |p, target, min, max| match p {
            Position::Above => format!("Målet {target} ligger over DS' interval {min}–{max} (for mange sager)."),
            Position::Inside => format!("Målet {target} ligger inden for DS' interval {min}–{max}."),
            Position::Below => format!("Målet {target} ligger under DS' interval {min}–{max} (færre sager end intervallet)."),
        },
        en: |p, target, min, max| match p {
            Position::Above => format!("The target {target} is above DS's range {min}–{max} (too many cases)."),
            Position::Inside => format!("The target {target} is within DS's range {min}–{max}."),
            Position::Below => format!("The target {target} is below DS's range {min}–{max} (fewer cases than the range)."),
        },
    }

    staff_years_unit { da: "årsværk", en: "staff years" }
    months_unit { da: "måneder", en: "months" }
    persons_unit { da: "helårspersoner", en: "full-year persons" }
    per_year { da: "om året", en: "a year" }

    label_effect { da: "Forventet effekt", en: "Expected effect" }
    /// A group's displaced share (fortrængning), in the error list.
    label_displaced { da: "Fortrængning til anden ydelse", en: "Displacement to another benefit" }
    label_effect_unit { da: "Enhed for forventet effekt", en: "Unit of the expected effect" }
    effect_unit_name: fn(EffectUnit) -> &'static str {
        da: |u| match u {
            EffectUnit::MonthsPerCitizen => "mdr. kortere pr. borger/år",
            EffectUnit::Percent => "% kortere tid på ydelse",
        },
        en: |u| match u {
            EffectUnit::MonthsPerCitizen => "fewer months/citizen/year",
            EffectUnit::Percent => "% less time on benefits",
        },
    }
    /// Said beside the effect after a change of unit converted the number:
    /// "Omregnet: 8,5 måneder … = 70,8333 % …".
    effect_converted { da: "Omregnet", en: "Converted" }
    label_start_year { da: "Første budgetår", en: "First budget year" }
    label_years { da: "Antal år", en: "Number of years" }
    label_price_level { da: "Prisniveau (p/l-år)", en: "Price level (year)" }
    label_hiring { da: "Andel på plads i år 1 (%)", en: "Share in place in year 1 (%)" }
    label_ramp1 {
        da: "Effekt i år 1 (% af fuld effekt)",
        en: "Effect in year 1 (% of full effect)",
    }
    label_ramp2 {
        da: "Effekt i år 2 og frem (% af fuld effekt)",
        en: "Effect from year 2 (% of full effect)",
    }
    no_effect_given {
        da: "Ingen forventet effekt angivet: tabellen viser kun udgiften, som i \
             Københavns BI08.",
        en: "No expected effect entered: the table shows the cost only, as \
             Copenhagen's BI08 does.",
    }
    label_ds_area { da: "DS-område", en: "DS area" }
    area_none { da: "Intet område", en: "No area" }
    label_rate_source { da: "Sats", en: "Rate" }
    own_rate { da: "Egen sats", en: "Own rate" }
    label_duration { da: "Tid på offentlig ydelse", en: "Time on public benefits" }
    own_share { da: "Egen andel", en: "Own share" }
    duration_name: fn(Duration) -> &'static str {
        da: |d| match d {
            Duration::Weeks1To4 => "Uge 1–4: 80 % refusion",
            Duration::Weeks5To26 => "Uge 5–26: 40 % refusion",
            Duration::Weeks27To52 => "Uge 27–52: 30 % refusion",
            Duration::FromWeek53 => "Fra uge 53: 20 % refusion",
        },
        en: |d| match d {
            Duration::Weeks1To4 => "Weeks 1–4: 80 % reimbursed",
            Duration::Weeks5To26 => "Weeks 5–26: 40 % reimbursed",
            Duration::Weeks27To52 => "Weeks 27–52: 30 % reimbursed",
            Duration::FromWeek53 => "From week 53: 20 % reimbursed",
        },
    }
    /// The ladder for a-dagpenge: the municipality's co-financing by week.
    cofinancing_name: fn(Duration) -> &'static str {
        da: |d| match d {
            Duration::Weeks1To4 => "Uge 1–4: 20 % medfinansiering",
            Duration::Weeks5To26 => "Uge 5–26: 60 % medfinansiering",
            Duration::Weeks27To52 => "Uge 27–52: 70 % medfinansiering",
            Duration::FromWeek53 => "Fra uge 53: 80 % medfinansiering",
        },
        en: |d| match d {
            Duration::Weeks1To4 => "Weeks 1–4: 20 % co-financed",
            Duration::Weeks5To26 => "Weeks 5–26: 60 % co-financed",
            Duration::Weeks27To52 => "Weeks 27–52: 70 % co-financed",
            Duration::FromWeek53 => "From week 53: 80 % co-financed",
        },
    }
    /// Header of the share field of a co-financed benefit (a-dagpenge).
    col_cofinancing { da: "Kommunal medfinansiering (%)", en: "Municipal co-financing (%)" }
    /// The default's provenance: "Standard 2027: … kr./md., fremskrevet fra
    /// 2024 (kilde) med 3,6 % om året (antaget)".
    default_word { da: "Standard", en: "Default" }
    per_month { da: "om måneden", en: "a month" }
    basis_published { da: "offentliggjort", en: "published" }
    /// The rate in use is a catalogue rate: "I brug: sats for 2023: …".
    rate_in_use { da: "I brug: sats for", en: "In use: rate for" }
    /// The rate in use is the user's own: (amount, year).
    rate_in_use_own: fn(&str, i32) -> String {
        da: |kr, year| format!("I brug: egen sats, {kr} om måneden for {year}."),
        en: |kr, year| format!("In use: own rate, {kr} a month for {year}."),
    }
    basis_derived { da: "afledt", en: "derived" }
    projected_from { da: "fremskrevet fra", en: "projected from" }
    projected_published {
        da: "med satsreguleringsprocenten 3,6 %",
        en: "with the rate adjustment percentage of 3.6 %",
    }
    projected_assumed { da: "med 3,6 % om året (antaget)", en: "assuming 3.6 % a year" }
    nearest_from {
        da: "ingen sats fundet for året; bruger satsen fra",
        en: "no rate found for the year; using the rate of",
    }

    preset_col_figure { da: "Tal", en: "Figure" }
    preset_col_published { da: "Offentliggjort", en: "Published" }
    preset_col_match { da: "Stemmer?", en: "Matches?" }
    preset_caption {
        da: "Kildens tal og tallene beregnet her",
        en: "The source's figures and the figures computed here",
    }
    preset_matches { da: "Ja", en: "Yes" }
    preset_differs { da: "Nej", en: "No" }
    preset_not_computable { da: "Kan ikke beregnes her", en: "Not computable here" }
    preset_inconsistency { da: "Tallene hænger ikke sammen", en: "The figures do not add up" }
    /// Heading of a preset's note on how its source books the amounts.
    preset_booking { da: "Bogføring i kilden", en: "Booking in the source" }
    preset_published_only {
        da: ". Kun kildens tal: eksemplet ændrer ikke felterne.",
        en: ". The source's figures only: this example does not change the form.",
    }
    label_goal_budget {
        da: "Vi har et budget på (kr. om året)",
        en: "We have a budget of (DKK a year)",
    }
    label_goal_published {
        da: "Forslagets offentliggjorte udgift (kr. om året)",
        en: "The proposal's published cost (DKK a year)",
    }
    label_goal_staff {
        da: "Antal nye sagsbehandlere (årsværk)",
        en: "Number of new caseworkers (staff years)",
    }
    plausibility: fn(Plausibility, &str, i32) -> String {
        da: |p, reference, year| {
            let basis = format!(
                "en socialrådgivers gennemsnitsløn inkl. pension i staten (DS, 2022), {reference} i \
                 {year} p/l efter det statslige lønindeks, uden overhead"
            );
            match p {
                Plausibility::Plausible => format!("Det er inden for ±15 % af {basis}."),
                Plausibility::Low => format!(
                    "Det er mere end 15 % under {basis}: forslaget regner sandsynligvis uden pension \
                     eller overhead eller med lavere lønninger."
                ),
                Plausibility::High => format!(
                    "Det er mere end 15 % over {basis}: forslaget regner sandsynligvis med overhead \
                     (KL plejer at bruge 20 %) eller højere lønninger."
                ),
            }
        },
        en: |p, reference, year| {
            let basis = format!(
                "a social worker's average salary with pension in the state (DS, 2022), \
                 {reference} at {year} prices by the state wage index, without overhead"
            );
            match p {
                Plausibility::Plausible => format!("That is within ±15 % of {basis}."),
                Plausibility::Low => format!(
                    "That is more than 15 % below {basis}: the proposal probably counts without \
                     pension or overhead, or with lower salaries."
                ),
                Plausibility::High => format!(
                    "That is more than 15 % above {basis}: the proposal probably counts overhead \
                     (KL customarily uses 20 %) or higher salaries."
                ),
            }
        },
    }

    } };
}

pub(super) use table;
