//! The texts of the sections below the key figures that show the
//! scenario's figures, Danish and English side by side: the table per
//! group, the budget, its what-ifs, displacement and DS's caseloads. The
//! first part of [`BelowTexts`](super::BelowTexts), whose rest is in
//! `below_tools.rs` (two files only to keep each short).
//!
//! `texts!` (`macros.rs`) expands these entries in `mod.rs`, so the names
//! they use resolve there: a type new to this file gets its `use` in
//! `mod.rs`.

/// This part's entries, appended to those `texts!` has gathered.
macro_rules! table {
    ($($gathered:tt)*) => { $crate::i18n::macros::texts! { $($gathered)*

    per_group_caption { da: "Pr. målgruppe", en: "Per target group" }
    col_group { da: "Målgruppe", en: "Target group" }
    col_staff_now { da: "Årsværk i dag", en: "Staff years today" }
    col_staff_target { da: "Årsværk, ny sagsstamme", en: "Staff years at target" }
    col_extra { da: "Ekstra årsværk", en: "Extra staff years" }
    col_cost { da: "Udgift om året (kr.)", en: "Annual cost (DKK)" }
    col_break_even {
        da: "Sparede ydelsesmåneder ved break-even",
        en: "Benefit months saved at break-even",
    }
    col_own_break_even {
        da: "Break-even, hvis gruppen selv skal betale (mdr. pr. borger om året)",
        en: "Break-even if the group pays for itself (months per citizen a year)",
    }
    total { da: "I alt", en: "Total" }

    budget_heading { da: "Budget over flere år", en: "Multi-year budget" }
    budget_hint {
        da: "Som i kommunernes budgetforslag: personaleudgiften er service, de sparede \
             ydelser er overførsler og står med minus, og den refusion, staten ikke \
             længere betaler, står for sig. Kun servicen tæller under kommunens \
             serviceramme; overførslerne ligger uden for. Skriv en forventet effekt pr. \
             målgruppe for at se besparelsen og hvornår indsatsen er tjent hjem. En \
             negativ effekt (fx -1 måned) betyder længere tid på ydelse, fx efter en \
             nedskæring, og viser ekstra ydelser.",
        en: "As in municipal budget proposals: staff cost is service spending, benefit \
             savings are transfers and shown as negative, and the reimbursement the \
             state no longer pays is shown on its own. Only service counts against the \
             municipality's service ceiling; transfers are outside it. Enter an expected \
             effect per target group to see the savings and when the effort pays for \
             itself. A negative effect (e.g. -1 month) means longer time on benefits, \
             e.g. after a cut, and shows extra benefit costs.",
    }
    realism_heading { da: "Mere realistisk forløb", en: "A more realistic course" }
    switch_hiring { da: "Ansættelse tager tid", en: "Hiring takes time" }
    hiring_hint {
        da: "Kun en del af de nye sagsbehandlere er på plads i år 1; udgift og effekt \
             følger med.",
        en: "Only part of the new caseworkers are in place in year 1; cost and effect \
             follow.",
    }
    switch_ramp { da: "Effekten indfases", en: "The effect builds up" }
    ramp_hint {
        da: "Effekten når kun en del af det fulde niveau i de første år.",
        en: "The effect reaches only part of its full level in the first years.",
    }
    switch_new_hires {
        da: "Nye sagsbehandlere har lavere sagsstamme",
        en: "New caseworkers carry a lower caseload",
    }
    new_hires_hint {
        da: "DS anbefaler lavere sagsstamme de første ca. 6 måneder. Beregneren antager \
             halv sagsstamme i 6 måneder; det giver 75 % af den fulde effekt i \
             ansættelsesåret.",
        en: "DS recommends a lower caseload for about the first 6 months. The \
             calculator assumes half a caseload for 6 months, which gives 75 % of the \
             full effect in the year of hiring.",
    }
    budget_caption: fn(i32) -> String {
        da: |p| format!("Budget, 1.000 kr., {p} p/l"),
        en: |p| format!("Budget, DKK 1,000, {p} prices"),
    }
    row_cost { da: "Personaleudgift (service)", en: "Staff cost (service)" }
    row_savings {
        da: "Sparede ydelser, netto (overførsler)",
        en: "Benefit savings, net (transfers)",
    }
    /// The savings line when a negative effect makes it a cost.
    row_extra_benefits {
        da: "Ekstra ydelser, netto (overførsler)",
        en: "Extra benefits, net (transfers)",
    }
    /// The transfers' parts: benefits gross (udgift), the reimbursement no
    /// longer received (indtægt), the displaced cost.
    row_benefits_gross {
        da: "Ydelser, brutto (overførsler, udgift)",
        en: "Benefits, gross (transfers, expenditure)",
    }
    row_reimbursement {
        da: "Statsrefusion, der bortfalder (overførsler, indtægt)",
        en: "State reimbursement no longer received (transfers, revenue)",
    }
    row_displaced {
        da: "Fortrængning til andre ydelser (overførsler)",
        en: "Displacement onto other benefits (transfers)",
    }
    row_net { da: "Nettovirkning", en: "Net effect" }
    row_cumulative { da: "Akkumuleret nettovirkning", en: "Cumulative net effect" }
    payback_in: fn(i32) -> String {
        da: |y| format!("Indsatsen er tjent hjem i {y}."),
        en: |y| format!("The effort has paid for itself by {y}."),
    }
    no_payback: fn(u32) -> String {
        da: |n| format!("Indsatsen tjener sig ikke hjem inden for {n} år."),
        en: |n| format!("The effort does not pay for itself within {n} years."),
    }
    budget_unavailable {
        da: "Budgettet kan ikke beregnes med disse værdier.",
        en: "The budget cannot be computed with these values.",
    }
    /// Under the budget table: the rounding convention (model::printed).
    budget_rounding_note {
        da:
            "Beløb i 1.000 kr., afrundet pr. celle; totaler er summen af de viste tal.",
        en: "Amounts in DKK 1,000, rounded per cell; totals are the sums of the \
             figures shown.",
    }
    /// Under the budget: what was converted to its price level and by which
    /// factor; an empty list: nothing was.
    price_factors: fn(i32, &[FactorText]) -> String {
        da: |level, list| {
            if list.is_empty() {
                return format!(
                    "Alle beløb i {level} p/l: løn og satser er opgivet i {level}, intet er regnet om."
                );
            }
            let parts: Vec<String> = list
                .iter()
                .map(|f| {
                    let guess = if f.assumed { ", delvis antaget" } else { "" };
                    format!("{} {}→{} × {}{guess}", f.what, f.from, f.to, f.factor)
                })
                .collect();
            format!("Alle beløb i {level} p/l. Regnet om: {}.", parts.join("; "))
        },
        en: |level, list| {
            if list.is_empty() {
                return format!(
                    "All amounts at {level} prices: the salary and rates are given for {level}, \
                     nothing is converted."
                );
            }
            let parts: Vec<String> = list
                .iter()
                .map(|f| {
                    let guess = if f.assumed { ", partly assumed" } else { "" };
                    format!("{} {}→{} × {}{guess}", f.what, f.from, f.to, f.factor)
                })
                .collect();
            format!(
                "All amounts at {level} prices. Converted: {}.",
                parts.join("; ")
            )
        },
    }
    /// What a conversion converts: the salary (wage index) or a benefit's
    /// rate (rate regulation), the benefit's name given.
    factor_salary { da: "løn (statens lønindeks)", en: "salary (state wage index)" }
    factor_rate: fn(&str) -> String {
        da: |name| format!("{name}-sats (satsregulering)"),
        en: |name| format!("{name} rate (rate regulation)"),
    }
    /// The budget's unit, in each exported column header ("2027 (1.000 kr.)").
    unit_thousand_kr { da: "1.000 kr.", en: "DKK 1,000" }

    /// The sensitivity table: caption at a price level, the column over the
    /// rows, the payback column, the net column over `n` years, the text for
    /// no payback within `n` years, and each row's (label, one-line reason).
    sensitivity_caption: fn(i32) -> String {
        da: |p| format!("Hvis antagelserne ikke holder (1.000 kr., {p} p/l)"),
        en: |p| format!("If the assumptions are off (DKK 1,000, {p} prices)"),
    }
    sensitivity_assumption { da: "Antagelse", en: "Assumption" }
    sensitivity_payback { da: "Tjent hjem i", en: "Pays back in" }
    sensitivity_net: fn(u32) -> String {
        da: |n| format!("Nettovirkning i alt, {n} år"),
        en: |n| format!("Net effect in all, {n} years"),
    }
    sensitivity_no_payback: fn(u32) -> String {
        da: |n| format!("Ikke inden for {n} år"),
        en: |n| format!("Not within {n} years"),
    }
    sensitivity_row: fn(Assumption) -> (String, &'static str) {
        da: |a| match a {
            Assumption::AsEntered => ("Som indtastet".to_owned(), "tallene ovenfor"),
            Assumption::CostTimes(f) if f > 1.0 => (
                "Udgift pr. årsværk +15 %".to_owned(),
                "løn og overhead varierer så meget mellem kommuner",
            ),
            Assumption::CostTimes(_) => (
                "Udgift pr. årsværk −15 %".to_owned(),
                "løn og overhead varierer så meget mellem kommuner",
            ),
            Assumption::EffectTimes(f) if f < 1.0 => (
                "Halv effekt".to_owned(),
                "effekten er en forventning, ikke en måling",
            ),
            Assumption::EffectTimes(_) => (
                "Dobbelt effekt".to_owned(),
                "effekten er en forventning, ikke en måling",
            ),
            Assumption::Displacement(d) => (
                format!(
                    "Fortrængning {} % i alle målgrupper",
                    format(d * 100.0, 0, Lang::Da)
                ),
                "kilderne viser omkring 50 % til andre ydelser",
            ),
        },
        en: |a| match a {
            Assumption::AsEntered => ("As entered".to_owned(), "the figures above"),
            Assumption::CostTimes(f) if f > 1.0 => (
                "Cost per staff year +15 %".to_owned(),
                "salaries and overhead differ that much between municipalities",
            ),
            Assumption::CostTimes(_) => (
                "Cost per staff year −15 %".to_owned(),
                "salaries and overhead differ that much between municipalities",
            ),
            Assumption::EffectTimes(f) if f < 1.0 => (
                "Half the effect".to_owned(),
                "the effect is an expectation, not a measurement",
            ),
            Assumption::EffectTimes(_) => (
                "Double the effect".to_owned(),
                "the effect is an expectation, not a measurement",
            ),
            Assumption::Displacement(d) => (
                format!(
                    "Displacement {} % in every target group",
                    format(d * 100.0, 0, Lang::En)
                ),
                "the sources show about 50 % going to other benefits",
            ),
        },
    }
    displacement_heading {
        da: "Fortrængning til andre ydelser",
        en: "Displacement onto other benefits",
    }
    displacement_hint {
        da: "Hvor stor en del af de sparede ydelsesmåneder kommer igen på en anden \
             offentlig ydelse, fx ressourceforløb, fleksjob eller førtidspension? \
             Den ydelses nettosats pr. måned trækkes fra besparelsen. Standard er 0 %: \
             alle, der forlader ydelsen, forlader offentlig forsørgelse, som \
             kommunernes budgetforslag regner.",
        en: "What share of the benefit months saved reappear on another public \
             benefit, e.g. a rehabilitation programme, flex job or disability \
             pension? That benefit's net rate a month is subtracted from the saving. \
             The default is 0 %: everyone who leaves the benefit leaves public \
             support, as municipal budget proposals count it.",
    }
    col_displaced { da: "Fortrængning", en: "Displacement" }
    col_displaced_to { da: "Til ydelse", en: "To benefit" }
    displacement_examples {
        da: "Mønstre fra kilderne (sætter alle målgrupper):",
        en: "Patterns from the sources (sets every target group):",
    }
    displacement_example_kk { da: "50 % (København 2017–19)", en: "50 % (Copenhagen 2017–19)" }
    displacement_example_kk_note {
        da: "Af 11.647 afsluttede kontanthjælpsforløb for aktivitetsparate \
             over 30 var 14 % i job, 4 % i uddannelse og 14 % \
             selvforsørgende et halvt år efter, mens 3 % havde fleksjob, \
             10 % førtidspension og 19 % ressourceforløb (24 % var tilbage \
             på kontanthjælp, 12 % andet): af de 64 % med kendt afgang gik \
             halvdelen til en anden ydelse. Københavns Kommune, BIU, \
             bilag 4, 11. februar 2021.",
        en: "Of 11,647 closed social assistance cases of people over 30 \
             not ready for work, six months later 14 % were in a job, \
             4 % in education and 14 % self-supporting, while 3 % had a \
             flex job, 10 % disability pension and 19 % a rehabilitation \
             programme (24 % were back on social assistance, 12 % other): \
             of the 64 % with a known exit, half went to another benefit. \
             City of Copenhagen, BIU, annex 4, 11 February 2021.",
    }
    displacement_example_aabenraa { da: "48 % (Aabenraa 2016)", en: "48 % (Aabenraa 2016)" }
    displacement_example_aabenraa_note {
        da: "Forsørgelsesudgifter på andre ydelser 18,1 af 37,7 \
             mio. kr. sparet på kontanthjælp (DS' papir om KIK).",
        en: "Benefit costs on other benefits: 18.1 of the DKK 37.7 \
             million saved on social assistance (the DS paper on \
             KIK).",
    }

    ds_heading { da: "DS' vejledende sagstal", en: "DS's recommended caseloads" }
    ds_intro {
        da: "Dansk Socialrådgiverforening anbefaler et interval af sager pr. \
             sagsbehandler for hvert område. Tabellen viser, om sagsstammen i dag og den \
             nye ligger under, inden for eller over intervallet, og hvad det koster om året \
             at nå toppen og midten af intervallet fra i dag.",
        en: "The Danish Association of Social Workers (DS) recommends a range of cases per \
             caseworker for each area. The table shows whether today's and the target \
             caseload lie below, inside or above the range, and what reaching the top and \
             the middle of the range from today would cost a year.",
    }
    ds_caption {
        da: "Sammenligning med DS' vejledende sagstal",
        en: "Compared with DS's recommended caseloads",
    }
    col_ds_area { da: "Område", en: "Area" }
    col_ds_range { da: "DS-interval", en: "DS range" }
    col_ds_today { da: "I dag", en: "Today" }
    col_ds_target { da: "Ny sagsstamme", en: "Target" }
    col_ds_top { da: "Udgift om året til toppen (kr.)", en: "Annual cost to reach the top (DKK)" }
    col_ds_middle {
        da: "Udgift om året til midten (kr.)",
        en: "Annual cost to reach the middle (DKK)",
    }
    position_name: fn(Position) -> &'static str {
        da: |p| match p {
            Position::Below => "under",
            Position::Inside => "inden for",
            Position::Above => "over",
        },
        en: |p| match p {
            Position::Below => "below",
            Position::Inside => "inside",
            Position::Above => "above",
        },
    }
    /// DS's range with its middle: (min, max, middle).
    ds_range_middle: fn(&str, &str, &str) -> String {
        da: |min, max, middle| format!("{min}–{max} (midte {middle})"),
        en: |min, max, middle| format!("{min}–{max} (middle {middle})"),
    }
    /// Reaching DS's top or middle against the proposal: (the top or the
    /// middle, its cost, the difference, more than the proposal, the
    /// proposal's cost).
    ds_versus: fn(&str, &str, &str, bool, &str) -> String {
        da: |level, cost, diff, more, proposal| {
            let word = if more { "mere" } else { "mindre" };
            format!("At nå {level} af DS' interval koster {cost} om året fra i dag: {diff} {word} end forslagets {proposal}.")
        },
        en: |level, cost, diff, more, proposal| {
            let word = if more { "more" } else { "less" };
            format!("Reaching {level} of DS's range costs {cost} a year from today: {diff} {word} than the proposal's {proposal}.")
        },
    }
    ds_top_word { da: "toppen", en: "the top" }
    ds_middle_word { da: "midten", en: "the middle" }
    ds_no_area { da: "Vælg et DS-område for gruppen", en: "Choose a DS area for the group" }
    ds_source: fn(u16, u16) -> String {
        da: |y, m| {
            format!(
                "Kilde: Dansk Socialrådgiverforening, \"Guiden: Overblik over DS' \
                                   vejledende sagstal\", revideret {m}/{y}."
            )
        },
        en: |y, m| {
            format!(
                "Source: Danish Association of Social Workers, \"Guiden: \
                                   Overblik over DS' vejledende sagstal\", revised {m}/{y}."
            )
        },
    }
    ds_caveats {
        da: "DS' forbehold: nye og nyuddannede sagsbehandlere bør have lavere sagsstamme i \
             ca. 6 måneder; deltidsansatte og tillidsvalgte lavere endnu. Tallene gælder én \
             fuldtidsansat. Ældre normer citeres stadig (kontanthjælp 35–50 for unge og \
             40–55 for voksne; Københavns BI08 nævner 35–50 for sygedagpenge).",
        en: "DS's caveats: new and newly trained caseworkers should carry a lower caseload \
             for about 6 months; part-timers and elected representatives lower still. The \
             figures are for one full-time caseworker. Older norms are still quoted \
             (kontanthjælp 35–50 for young people and 40–55 for adults; Copenhagen's BI08 \
             cites 35–50 for sickness benefit).",
    }

    } };
}

pub(super) use table;
