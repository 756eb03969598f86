//! The rest of [`BelowTexts`](super::BelowTexts), Danish and English side
//! by side: the budget goal, scenarios side by side, embedding, export,
//! the link and file, the charts, "Sådan regnes der" and print. The first
//! part is in `below_figures.rs`.
//!
//! `texts!` (`macros.rs`) expands these entries in `mod.rs`, so the names
//! they use resolve there: a type new to this file gets its `use` in
//! `mod.rs`.

/// This part's entries, appended to those `texts!` has gathered.
macro_rules! table {
    ($($gathered:tt)*) => { $crate::i18n::macros::texts! { $($gathered)*

    goal_heading { da: "Regn baglæns", en: "Work backwards" }
    goal_intro {
        da: "Spørgsmålene før et budgetmøde. Felterne er valgfrie; svarene bygger på \
             målgrupperne og prisen pr. årsværk ovenfor.",
        en: "The questions before a budget meeting. The fields are optional; the answers \
             use the target groups and the cost per staff year above.",
    }
    goal_budget_answer {
        da: "Budgettet rækker til at sætte sagsstammen ned med samme faktor i alle \
             grupper:",
        en: "The budget lowers the caseload by the same factor in every group to:",
    }
    apply_targets { da: "Brug disse sagsstammer", en: "Use these caseloads" }
    goal_check_answer: fn(&str, &str) -> String {
        da: |k, staff| {
            format!("Forslaget svarer til {k} pr. årsværk ({staff} ekstra årsværk).")
        },
        en: |k, staff| {
            format!("The proposal implies {k} per staff year ({staff} extra staff years).")
        },
    }
    /// Extra staff years, all citizens, today's average caseload, the
    /// caseload with the extra staff.
    goal_staff_answer: fn(&str, &str, &str, &str) -> String {
        da: |w, citizens, from, to| {
            format!(
                "{w} ekstra årsværk giver alle {citizens} borgere en sagsbehandler med {to} sager i \
                 stedet for {from} i gennemsnit."
            )
        },
        en: |w, citizens, from, to| {
            format!(
                "{w} extra staff years give all {citizens} citizens a caseworker with {to} cases \
                 instead of {from} on average."
            )
        },
    }
    /// The average target caseload and the staff years it takes.
    goal_staff_target: fn(&str, &str) -> String {
        da: |target, staff| {
            format!("Den nye sagsstamme ({target}) kræver {staff} ekstra årsværk.")
        },
        en: |target, staff| {
            format!("The target caseload ({target}) takes {staff} extra staff years.")
        },
    }
    goal_error: fn(&GoalError) -> String {
        da: |e| match e {
            GoalError::NoCitizens => "Der er ingen borgere i målgrupperne.".to_owned(),
            GoalError::NoStaffCost => "Prisen pr. årsværk er 0 kr.".to_owned(),
            GoalError::CaseloadOutOfRange {
                side: Side::BelowMin,
                ..
            } => "Budgettet er så stort, at sagsstammen skulle under 1.".to_owned(),
            GoalError::CaseloadOutOfRange {
                side: Side::AboveMax,
                ..
            } => "Besparelsen er så stor, at sagsstammen skulle over 1.000.".to_owned(),
            GoalError::NoChange => "Målgrupperne har samme sagsstamme i dag og fremover, så der \
                                    er ingen ekstra årsværk at dele udgiften på."
                .to_owned(),
            GoalError::SignMismatch => "Udgiften og ændringen i sagsstamme peger i hver sin \
                                        retning (en udgift ved en højere sagsstamme)."
                .to_owned(),
            _ => "Kan ikke beregnes med disse værdier.".to_owned(),
        },
        en: |e| match e {
            GoalError::NoCitizens => "There are no citizens in the target groups.".to_owned(),
            GoalError::NoStaffCost => "The cost per staff year is DKK 0.".to_owned(),
            GoalError::CaseloadOutOfRange {
                side: Side::BelowMin,
                ..
            } => "The budget is so large that the caseload would have to go below 1.".to_owned(),
            GoalError::CaseloadOutOfRange {
                side: Side::AboveMax,
                ..
            } => "The saving is so large that the caseload would have to go above 1,000.".to_owned(),
            GoalError::NoChange => "The target groups keep today's caseload, so there are no \
                                    extra staff years to divide the cost by."
                .to_owned(),
            GoalError::SignMismatch => "The cost and the caseload change point in opposite \
                                        directions (a cost for a higher caseload)."
                .to_owned(),
            _ => "Cannot be calculated with these values.".to_owned(),
        },
    }
    // --- lead: one-group solve and scenario comparison ---
    label_goal_group { da: "Løs for", en: "Solve for" }
    goal_all_groups { da: "Alle målgrupper (samme faktor)", en: "All target groups (same factor)" }
    goal_group_budget_answer: fn(&str, &str, &str) -> String {
        da: |name, from, to| {
            format!(
                "Budgettet rækker til at sætte sagsstammen for {name} fra {from} til {to}; de øvrige \
                 målgrupper beholder deres mål."
            )
        },
        en: |name, from, to| {
            format!(
                "The budget takes the caseload of {name} from {from} to {to}; the other groups keep \
                 their targets."
            )
        },
    }
    compare_heading { da: "Sammenlign scenarier", en: "Compare scenarios" }
    compare_hint {
        da: "Gem op til tre udgaver af beregningen, fx sagsstamme 50, 45 og DS' midte, og \
             se dem side om side. DS' midte bruges kun, hvor den er under dagens \
             sagsstamme.",
        en: "Save up to three versions of the calculation, e.g. caseload 50, 45 and DS's \
             middle, and see them side by side. DS's middle is used only where it is below \
             today's caseload.",
    }
    /// Where saved scenarios are kept: in this browser (the full page) or
    /// only as long as the page is open (embedded, no storage).
    compare_kept_browser {
        da: "Scenarierne gemmes i denne browser (ikke i linket), til du fjerner dem.",
        en:
            "Scenarios are kept in this browser (not in the link) until you remove them.",
    }
    compare_kept_page {
        da: "Scenarierne gemmes kun, så længe siden er åben.",
        en: "Scenarios are kept only while the page is open.",
    }
    compare_restore_skipped {
        da: "Nogle gemte scenarier kunne ikke læses og blev udeladt.",
        en: "Some saved scenarios could not be read and were left out.",
    }
    compare_name_label { da: "Navn på scenariet (valgfrit)", en: "Scenario name (optional)" }
    compare_save { da: "Gem som scenarie", en: "Save as scenario" }
    compare_save_ds_middle { da: "Gem med DS' midte", en: "Save with DS's middle" }
    compare_full: fn(usize) -> String {
        da: |n| format!("Der kan højst gemmes {n} scenarier. Fjern et for at gemme et nyt."),
        en: |n| format!("At most {n} scenarios can be saved. Remove one to save another."),
    }
    compare_invalid {
        da: "Ret fejlene i felterne, før du gemmer et scenarie.",
        en: "Correct the fields with errors before saving a scenario.",
    }
    compare_no_area {
        da: "Ingen målgruppe har et DS-område, så der er ingen DS-midte.",
        en: "No target group has a DS area, so there is no DS middle.",
    }
    compare_saved: fn(&str) -> String {
        da: |name| format!("Scenariet \u{201c}{name}\u{201d} er gemt."),
        en: |name| format!("Scenario \u{201c}{name}\u{201d} saved."),
    }
    compare_caption { da: "Scenarier side om side", en: "Scenarios side by side" }
    compare_live { da: "Nu på siden", en: "On the page now" }
    compare_row_targets { da: "Målsagsstamme", en: "Target caseload" }
    compare_row_payback { da: "Tjent hjem", en: "Paid back by" }
    compare_row_break_even {
        da: "Break-even: måneder pr. borger om året",
        en: "Break-even: months per citizen a year",
    }
    compare_row_years { da: "Budgetår", en: "Budget years" }
    compare_row_net { da: "Nettovirkning i alt (kr.)", en: "Net effect, all years (DKK)" }
    compare_ds_middle_name { da: "DS' midte", en: "DS's middle" }
    /// The groups (names, joined) that kept today's caseload under "DS' midte".
    compare_ds_kept: fn(&str) -> String {
        da: |names| {
            format!(
                "{names} beholder dagens sagsstamme: den er allerede ved eller under DS' midte, og \
                 DS' vejledende sagstal er et loft, ikke et mål at skære ned til."
            )
        },
        en: |names| {
            format!(
                "{names} keeps today's caseload: it is already at or below DS's middle, and DS's \
                 recommended caseloads are a ceiling, not a level to cut to."
            )
        },
    }
    compare_payback_none: fn(u32) -> String {
        da: |n| format!("Ikke inden for {n} år"),
        en: |n| format!("Not within {n} years"),
    }
    compare_no_effect { da: "Ingen effekt angivet", en: "No effect given" }
    /// The break-even cell of a scenario that cuts staff.
    compare_cut { da: "Ikke nødvendigt: en nedskæring", en: "Not needed: a cut" }
    compare_no_spending { da: "Ingen ydelsesudgift", en: "No benefit spending" }
    compare_load: fn(&str) -> String {
        da: |name| format!("Indlæs {name}"),
        en: |name| format!("Load {name}"),
    }
    compare_remove: fn(&str) -> String {
        da: |name| format!("Fjern {name}"),
        en: |name| format!("Remove {name}"),
    }
    embed_open { da: "Indlejr på en side", en: "Embed in a page" }
    embed_heading {
        da: "Indlejr beregneren på en anden side",
        en: "Embed the calculator in another page",
    }
    embed_intro {
        da: "Sæt koden ind på din side. Beregneren åbner med det scenarie, du ser nu, \
             uden sidehoved og sidefod, og scriptet holder rammens højde tilpasset \
             indholdet.",
        en: "Paste this code into your page. The calculator opens with the scenario you \
             see now, without header and footer, and the script keeps the frame as tall \
             as its content.",
    }
    embed_options {
        da: "Koden følger dine valg herover og viser scenariet, som det står nu.",
        en: "The code follows your choices above and shows the scenario as it is now.",
    }
    embed_code_label { da: "Kode til din side (HTML)", en: "Code for your page (HTML)" }
    embed_sections_legend { da: "Afsnit i rammen", en: "Sections in the frame" }
    /// The embed dialog's name of each `model::embed::Section::ALL`.
    embed_section_names: [&'static str; 11] {
        da: [
            "Indtastning (målgrupper, udgift, ydelser)",
            "Resultat",
            "Tabel pr. målgruppe",
            "Budget over flere år",
            "DS' vejledende sagstal",
            "Regn baglæns",
            "Eksempler",
            "Del, gem og eksportér",
            "Sammenlign scenarier",
            "Grafer",
            "Sådan regnes der",
        ],
        en: [
            "Inputs (target groups, cost, benefits)",
            "Results",
            "Table per target group",
            "Multi-year budget",
            "DS's recommended caseloads",
            "Work backwards",
            "Examples",
            "Share, save and export",
            "Compare scenarios",
            "Charts",
            "How it is calculated",
        ],
    }
    embed_accent_label {
        da: "Accentfarve (knapper og links)",
        en: "Accent colour (buttons and links)",
    }
    embed_accent_own { da: "Sidens egne farver", en: "The page's own colours" }
    embed_accent_darkened: fn(&str) -> String {
        da: |hex| {
            format!("Farven er gjort mørkere til {hex}, så tekst og knapper kan læses (WCAG AA).")
        },
        en: |hex| {
            format!("The colour was darkened to {hex} so text and buttons stay readable (WCAG AA).")
        },
    }
    copy_text { da: "Kopiér teksten", en: "Copy the text" }
    copy_failed {
        da: "Kunne ikke kopiere automatisk. Teksten er markeret: tryk Ctrl+C (⌘C på Mac).",
        en: "Could not copy automatically. The text is selected: press Ctrl+C (⌘C on a Mac).",
    }
    export_heading { da: "Eksportér og udskriv", en: "Export and print" }
    export_hint {
        da: "Kopiér tallene og sæt dem ind i Excel eller Google Sheets som celler, hent \
             dem som CSV-fil (semikolon mellem felterne, dansk talformat), eller udskriv \
             en rapport.",
        en: "Copy the figures and paste them into Excel or Google Sheets as cells, \
             download them as a CSV file (comma-separated, decimal point), or print a \
             report.",
    }
    copy_results { da: "Kopiér resultatet", en: "Copy results" }
    copy_budget { da: "Kopiér budgettabellen", en: "Copy budget table" }
    download_csv { da: "Hent CSV", en: "Download CSV" }
    print { da: "Udskriv", en: "Print" }
    export_text_label { da: "Tekst til regnearket", en: "Text for the spreadsheet" }
    col_figure { da: "Nøgletal", en: "Figure" }
    col_value { da: "Værdi", en: "Value" }
    col_unit { da: "Enhed", en: "Unit" }
    unit_kr { da: "kr.", en: "DKK" }
    /// Unit of a share exported as a fraction (0,012 for 1,2 %).
    unit_share { da: "andel (1 = 100 %)", en: "share (1 = 100%)" }
    /// Unit of a caseload, in the exported scenario's headers.
    unit_caseload { da: "sager pr. sagsbehandler", en: "cases per caseworker" }
    /// Beside "Download CSV": which spreadsheet locale the file suits and
    /// how to get the other (the CSV follows the page language).
    csv_locale_note {
        da: "CSV-filen passer til Excel og LibreOffice Calc med danske indstillinger \
             (semikolon, decimalkomma). Til engelske indstillinger (komma, \
             decimalpunktum): skift siden til English og hent filen igen.",
        en: "The CSV file suits Excel and LibreOffice Calc with English settings \
             (comma, decimal point). For Danish settings (semicolon, decimal comma), \
             switch the page to Dansk and download the file again.",
    }
    csv_file_name { da: "sagsstamme.csv", en: "caseload.csv" }
    // --- end embed ---
    // --- share ---
    share_heading { da: "Del og gem", en: "Share and save" }
    share_hint {
        da: "Scenariet står i linket og gemmes i denne browser; intet sendes \
             nogen steder hen.",
        en: "The scenario is in the link and saved in this browser; nothing is \
             sent anywhere.",
    }
    copy_link { da: "Kopiér link", en: "Copy link" }
    link_copied { da: "Linket er kopieret.", en: "Link copied." }
    copy_by_hand {
        da: "Kopiér linket fra feltet ovenfor (Ctrl+C).",
        en: "Copy the link from the field above (Ctrl+C).",
    }
    link_label { da: "Link til scenariet", en: "Link to the scenario" }
    download_json { da: "Gem som fil (JSON)", en: "Save as file (JSON)" }
    /// Name of the downloaded scenario file.
    file_name { da: "sagsstamme-scenarie.json", en: "caseload-scenario.json" }
    load_json { da: "Indlæs scenarie fra fil", en: "Load a scenario from a file" }
    file_loaded { da: "Scenariet er indlæst fra filen.", en: "Scenario loaded from the file." }
    /// The file also held this many (one or more) scenarios for comparison,
    /// which replace the page's.
    file_loaded_compared: fn(usize) -> String {
        da: |n| match n {
            1 => "Scenariet og 1 gemt scenarie til sammenligning er indlæst fra filen.".to_owned(),
            n => format!("Scenariet og {n} gemte scenarier til sammenligning er indlæst fra filen."),
        },
        en: |n| match n {
            1 => "Scenario and 1 saved scenario for comparison loaded from the file.".to_owned(),
            n => format!("Scenario and {n} saved scenarios for comparison loaded from the file."),
        },
    }
    file_refused: fn(&RecordError) -> String {
        da: |e| {
            let why = match e {
                RecordError::TooBig => {
                    format!(
                        "den er større end {} kB",
                        format(MAX_RECORD_BYTES as f64 / 1024.0, 0, Lang::Da)
                    )
                }
                RecordError::NotJson => "den er ikke en JSON-fil".to_owned(),
                RecordError::NotOurs => "den er ikke et scenarie fra Sagsstamme-beregneren".to_owned(),
                RecordError::UnknownVersion => {
                    "den er fra en version af beregneren, som denne side ikke kan læse".to_owned()
                }
                RecordError::NoScenario => "den indeholder intet scenarie".to_owned(),
                RecordError::WrongType(key) => {
                    format!("værdien af \"{key}\" er hverken tekst eller et tal")
                }
            };
            format!("Filen blev ikke indlæst, fordi {why}. Intet er ændret.")
        },
        en: |e| {
            let why = match e {
                RecordError::TooBig => {
                    format!(
                        "it is larger than {} kB",
                        format(MAX_RECORD_BYTES as f64 / 1024.0, 0, Lang::En)
                    )
                }
                RecordError::NotJson => "it is not a JSON file".to_owned(),
                RecordError::NotOurs => "it is not a scenario from the caseload calculator".to_owned(),
                RecordError::UnknownVersion => {
                    "it is from a version of the calculator this page cannot read".to_owned()
                }
                RecordError::NoScenario => "it holds no scenario".to_owned(),
                RecordError::WrongType(key) => {
                    format!("the value of \"{key}\" is neither text nor a number")
                }
            };
            format!("The file was not loaded because {why}. Nothing has changed.")
        },
    }
    // --- charts ---
    cost_chart_heading {
        da: "Udgift og break-even efter sagsstamme",
        en: "Cost and break-even by caseload",
    }
    cost_chart_hint {
        da: "Hvert punkt er en ny sagsstamme fra den laveste op til i dag. Peg eller \
             tryk på et punkt, eller gå til det med Tab og piletasterne, for at se \
             tallene. Klik eller tryk Enter for at bruge sagsstammen; på en \
             berøringsskærm vælger du knappen under tallene.",
        en: "Each point is a target caseload from the lowest up to today's. Point at or \
             tap a point, or reach it with Tab and the arrow keys, to see its figures. \
             Click or press Enter to use that caseload; on a touch screen, use the \
             button under the figures.",
    }
    /// The button that makes a tapped point the target.
    cost_chart_use { da: "Brug denne sagsstamme som mål", en: "Use this caseload as the target" }
    payback_chart_heading { da: "Nettovirkning år for år", en: "Net effect year by year" }
    payback_chart_hint {
        da: "Fyldte søjler er personaleudgiften, skraverede søjler de sparede \
             ydelser; den stiplede linje er den akkumulerede nettovirkning. Peg på et \
             punkt eller brug piletasterne for at se årets tal.",
        en: "Solid bars are the staff cost, hatched bars the benefits saved; the \
             dashed line is the cumulative net effect. Point at a point or use the \
             arrow keys to see the year's figures.",
    }
    chart_show_table { da: "Vis tallene som tabel", en: "Show the figures as a table" }
    /// Written on the cost chart: "I dag 70", "Mål 50", "DS 25–45".
    chart_words: CostWords {
        da: CostWords {
            today: "I dag",
            target: "Mål",
            ds: "DS",
        },
        en: CostWords {
            today: "Today",
            target: "Target",
            ds: "DS",
        },
    }
    payback_words: PaybackWords {
        da: PaybackWords {
            payback: "Tjent hjem",
        },
        en: PaybackWords {
            payback: "Paid back",
        },
    }
    /// The unit of an amount axis: "mio. kr.".
    magnitude: fn(Magnitude) -> &'static str {
        da: |m| match m {
            Magnitude::Kr => "kr.",
            Magnitude::Thousands => "1.000 kr.",
            Magnitude::Millions => "mio. kr.",
        },
        en: |m| match m {
            Magnitude::Kr => "DKK",
            Magnitude::Thousands => "DKK 1,000",
            Magnitude::Millions => "DKK million",
        },
    }
    chart_caseload_axis {
        da: "Ny sagsstamme (sager pr. sagsbehandler)",
        en: "Target caseload (cases per caseworker)",
    }
    legend_cost { da: "Udgift om året", en: "Annual cost" }
    legend_ds { da: "DS' anbefalede interval", en: "DS's recommended range" }
    legend_today { da: "Sagsstamme i dag", en: "Today's caseload" }
    legend_target { da: "Ny sagsstamme", en: "Target caseload" }
    legend_savings { da: "Sparede ydelser", en: "Benefits saved" }
    legend_cumulative { da: "Akkumuleret nettovirkning", en: "Cumulative net effect" }
    legend_payback { da: "Tjent hjem", en: "Paid back" }
    col_year { da: "År", en: "Year" }
    /// Templates: `{0}`, `{1}`, … are the formatted numbers ([`fill`]).
    /// A cost chart point, its table row: caseload, extra staff years,
    /// cost, months.
    cost_point {
        da: "Sagsstamme {0}: {2} kr. om året, {1} ekstra årsværk, break-even {3} måneder \
             pr. borger om året.",
        en: "Caseload {0}: DKK {2} a year, {1} extra staff years, break-even {3} months per \
             citizen a year.",
    }
    /// Today's caseload, the target, its cost, the lowest caseload, its cost.
    cost_summary {
        da: "Jo lavere sagsstamme, jo højere udgift. Ved {0} sager (i dag) er der ingen \
             ekstra udgift; ved {1} sager (den nye sagsstamme) er udgiften {2} om året, og \
             ved {3} sager {4} om året.",
        en: "The lower the caseload, the higher the cost. At {0} cases (today) there is no \
             extra cost; at {1} cases (the target) the cost is {2} a year, and at {3} \
             cases {4} a year.",
    }
    /// Months per citizen at the target.
    cost_summary_months {
        da: "Break-even følger udgiften: ved den nye sagsstamme skal hver borger i \
             gennemsnit være {0} måneder kortere tid på ydelse om året.",
        en: "Break-even follows the cost: at the target each citizen must on \
             average spend {0} months less on benefits a year.",
    }
    /// DS's range: min, max.
    cost_summary_ds {
        da: "DS anbefaler {0}–{1} sager pr. sagsbehandler på området (skraveret).",
        en: "DS recommends {0}–{1} cases per caseworker in this area (hatched).",
    }
    cost_summary_groups {
        da: "Med flere målgrupper er sagsstammen gennemsnittet for alle grupper, og \
             hvert punkt ændrer alle gruppers sagsstamme med samme faktor.",
        en: "With several target groups the caseload is the average of all groups, \
             and each point changes every group's caseload by the same factor.",
    }
    /// A year, its table row: year, cost, saved, net, cumulative.
    payback_point {
        da: "{0}: personaleudgift {1} kr., sparede ydelser {2} kr., nettovirkning {3} kr., \
             akkumuleret {4} kr.",
        en: "{0}: staff cost DKK {1}, benefits saved DKK {2}, net effect DKK {3}, \
             cumulative DKK {4}.",
    }
    /// Annual cost, full-year saving, years, cumulative net at the end.
    payback_summary {
        da: "Personaleudgiften er {0} om året ved fuld bemanding, og de sparede ydelser \
             er {1} om året ved fuld effekt. Efter {2} år er den akkumulerede \
             nettovirkning {3}.",
        en: "The staff cost is {0} a year when fully staffed, and the benefits saved are \
             {1} a year at full effect. After {2} years the cumulative net effect is \
             {3}.",
    }
    explain_heading { da: "Sådan regnes der", en: "How it is calculated" }
    explain_intro {
        da: "Hvert tal på siden, regnet med dine egne tal. Tallene er afrundede; \
             beregneren regner med alle decimaler, så en håndregning kan afvige i sidste \
             ciffer.",
        en: "Every figure on the page, worked out with your own numbers. The numbers are \
             rounded; the calculator uses every decimal, so a calculation by hand may \
             differ in the last digit.",
    }
    explain_assumptions_heading { da: "Antagelser", en: "Assumptions" }
    explain_assumptions: &'static [&'static str] {
        da: &[
            "En helårsperson svarer til 12 ydelsesmåneder.",
            "Break-even bruger den samme relative reduktion i tid på ydelse for alle målgrupper.",
            "Prisen pr. årsværk dækker løn, pension og overhead for én sagsbehandler.",
            "Sparede ydelser regnes med kommunens nettoudgift efter statens refusion.",
            "Budgettet afrunder hver række til hele kroner, så totalerne er summen af rækkerne.",
            "DS' anbefalinger gælder én erfaren fuldtidsansat sagsbehandler.",
        ],
        en: &[
            "A full-year person is 12 benefit months.",
            "Break-even uses the same relative reduction in time on benefits for every target group.",
            "The cost per staff year covers salary, pension and overhead of one caseworker.",
            "Benefits saved are counted at the municipality's net cost after state reimbursement.",
            "The budget rounds each row to whole kroner, so totals are the sums of the rows.",
            "DS's recommendations are for one experienced full-time caseworker.",
        ],
    }
    explain_sources_heading { da: "Kilder og standardværdier", en: "Sources and defaults" }
    explain_reimbursement_source {
        da: "Refusion: 80 % i uge 1–4, 40 % i uge 5–26, 30 % i uge 27–52 \
             og 20 % fra uge 53 på offentlig ydelse; standard 20 % for \
             langvarige sager (lov om kommunernes finansiering af visse \
             offentlige ydelser § 5, refusionsreformen 2016).",
        en: "Reimbursement: 80 % in weeks 1–4, 40 % in weeks 5–26, 30 % \
             in weeks 27–52 and 20 % from week 53 on public benefits; \
             default 20 % for long-term cases (lov om kommunernes \
             finansiering af visse offentlige ydelser § 5, the 2016 \
             reimbursement reform).",
    }
    explain_realism_source {
        da: "Mere realistisk forløb: 50 % af de nye sagsbehandlere på plads i år \
             1, effekt 50 % i år 1 og 100 % fra år 2 og halv sagsstamme i 6 \
             måneder for nye sagsbehandlere (75 % effekt i ansættelsesåret) er \
             beregnerens antagelser. DS anbefaler kun, at nye sagsbehandlere har \
             lavere sagsstamme i ca. 6 måneder, ikke hvor meget lavere. Første \
             budgetår er som standard 2027.",
        en: "More realistic course: 50 % of the new caseworkers in place in year \
             1, an effect of 50 % in year 1 and 100 % from year 2, and half a \
             caseload for 6 months for new caseworkers (75 % effect in the year \
             of hiring) are the calculator's assumptions. DS recommends only that \
             new caseworkers carry a lower caseload for about 6 months, not how \
             much lower. The first budget year is 2027 by default.",
    }
    // --- print and phone (issue 16) ---
    /// The printed conclusion (`app::print_summary`): the scenario in one
    /// line: the groups (each [`print_group`](Self::print_group), joined),
    /// the cost per staff year, the first and last budget year, the price
    /// level.
    print_scenario: fn(&str, &str, i32, i32, i32) -> String {
        da: |groups, k, first, last, pl| {
            format!("Scenariet: {groups}. {k} pr. årsværk; budget {first}–{last} i {pl} p/l.")
        },
        en: |groups, k, first, last, pl| {
            format!("The scenario: {groups}. {k} per staff year; budget {first}–{last} at {pl} prices.")
        },
    }
    /// One group: name, citizens, today's caseload, the target.
    print_group: fn(&str, &str, &str, &str) -> String {
        da: |name, n, now, target| format!("{name}: {n} borgere, sagsstamme {now} → {target}"),
        en: |name, n, now, target| format!("{name}: {n} citizens, caseload {now} → {target}"),
    }
    /// One group against DS: name, DS's range, today's caseload and the
    /// target, each with where it lies ("70 (over)").
    print_ds: fn(&str, &str, &str, &str) -> String {
        da: |name, range, now, target| {
            format!("{name}: DS anbefaler {range}; i dag {now}, ny sagsstamme {target}")
        },
        en: |name, range, now, target| {
            format!("{name}: DS recommends {range}; today {now}, target {target}")
        },
    }
    /// A group with no DS area, in the printed DS line.
    print_ds_none { da: "intet DS-område valgt", en: "no DS area chosen" }
    /// Above a table wider than the screen: it scrolls sideways
    /// (`app::table_hint`).
    table_scroll_hint {
        da: "Rul til siden for at se hele tabellen →",
        en: "Scroll sideways to see the whole table →",
    }

    } };
}

pub(super) use table;
