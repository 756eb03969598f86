//! The rest of [`Texts`](super::Texts), Danish and English side by side:
//! the fields' errors, the link's and the embed options' problems, the
//! notices (print date, autosave, another tab, a chunk or an example that
//! could not be fetched) and the sentences of "Sådan regnes der". The
//! first part is in `first_screen.rs`.
//!
//! `texts!` (`macros.rs`) expands these entries in `mod.rs`, so the names
//! they use resolve there: a type new to this file gets its `use` in
//! `mod.rs`.

/// This part's entries, appended to those `texts!` has gathered.
macro_rules! table {
    ($($gathered:tt)*) => { $crate::i18n::macros::texts! { $($gathered)*

    error: fn(InputError, FieldKind, Lang) -> String {
        da: |e, kind, lang| match e {
            InputError::Empty => "Skal udfyldes.".to_owned(),
            InputError::NotANumber => "Skriv et tal, fx 1.234,5.".to_owned(),
            InputError::WrongDecimalSeparator => {
                "Brug komma som decimaltegn og punktum mellem tusinder, fx 1.234,5.".to_owned()
            }
            InputError::OutOfRange { min, max } => {
                let (min, max) = range_text(kind, min, max, lang);
                // "… 1.000.000.000 kr." ends the sentence with its own full stop.
                let stop = if max.ends_with('.') { "" } else { "." };
                format!("Skal være mellem {min} og {max}{stop}")
            }
            InputError::NotWhole => "Skal være et helt tal.".to_owned(),
        },
        en: |e, kind, lang| match e {
            InputError::Empty => "Required.".to_owned(),
            InputError::NotANumber => "Enter a number, e.g. 1,234.5.".to_owned(),
            InputError::WrongDecimalSeparator => {
                "Use a point for decimals and a comma between thousands, e.g. 1,234.5.".to_owned()
            }
            InputError::OutOfRange { min, max } => {
                let (min, max) = range_text(kind, min, max, lang);
                format!("Must be between {min} and {max}.")
            }
            InputError::NotWhole => "Must be a whole number.".to_owned(),
        },
    }
    problem: fn(&Problem) -> String {
        da: |p| match p {
            Problem::Invalid(e) => match e {
                InputError::Empty => "tom værdi".to_owned(),
                InputError::NotANumber | InputError::WrongDecimalSeparator | InputError::NotWhole => {
                    "ikke et tal (skriv fx 52.5 med punktum og uden tusindtalsskilletegn)".to_owned()
                }
                InputError::OutOfRange { min, max } => format!(
                    "uden for det tilladte interval {} til {}",
                    format(*min, 0, Lang::Da),
                    format(*max, 0, Lang::Da)
                ),
            },
            Problem::UnknownLang => "ukendt sprog (brug da eller en)".to_owned(),
            Problem::UnknownPreset => "ukendt eksempel".to_owned(),
            Problem::TooManyPairs => "for mange parametre i linket".to_owned(),
            Problem::Embed(e) => (DA.embed_problem)(e),
            Problem::UnknownVersion => "ukendt version; læst som den nyeste".to_owned(),
            Problem::UnknownChoice => "ukendt valg".to_owned(),
            Problem::NoSuchGroup => "ingen målgruppe med det nummer i scenariet".to_owned(),
            Problem::NeedsVersion2 => {
                "bruges kun i links med v=2; dette link læses som den første udgave".to_owned()
            }
        },
        en: |p| match p {
            Problem::Invalid(e) => match e {
                InputError::Empty => "empty value".to_owned(),
                InputError::NotANumber | InputError::WrongDecimalSeparator | InputError::NotWhole => {
                    "not a number (write e.g. 52.5, with a point and no grouping)".to_owned()
                }
                InputError::OutOfRange { min, max } => format!(
                    "outside the allowed range {} to {}",
                    format(*min, 0, Lang::En),
                    format(*max, 0, Lang::En)
                ),
            },
            Problem::UnknownLang => "unknown language (use da or en)".to_owned(),
            Problem::UnknownPreset => "unknown example".to_owned(),
            Problem::TooManyPairs => "too many parameters in the link".to_owned(),
            Problem::Embed(e) => (EN.embed_problem)(e),
            Problem::UnknownVersion => "unknown version; read as the newest".to_owned(),
            Problem::UnknownChoice => "unknown choice".to_owned(),
            Problem::NoSuchGroup => "the scenario has no target group with that number".to_owned(),
            Problem::NeedsVersion2 => {
                "only read in links with v=2; this link is read as the first version".to_owned()
            }
        },
    }
    footer_sources {
        da: "Kilder: Københavns Kommune, budget 2023 (BI08); Faxe Kommune, budget \
             2021; Dansk Socialrådgiverforening; Beskæftigelsesministeriets satser. \
             Beløb i løbende priser, når intet andet er nævnt.",

        en: "Sources: City of Copenhagen, budget 2023 (BI08); Faxe Municipality, \
             budget 2021; Danish Association of Social Workers (DS); Ministry of \
             Employment benefit rates. Amounts in current prices unless stated.",

    }

    // --- embed ---
    embed_problem: fn(&EmbedProblem) -> String {
        da: |p| match p {
            EmbedProblem::NotAFlag => "brug embed=1 for at indlejre beregneren".to_owned(),
            EmbedProblem::OnlyWhenEmbedded => "virker kun sammen med embed=1".to_owned(),
            EmbedProblem::NotAColour => "ikke en farve (skriv seks hex-cifre, fx 0b5cad)".to_owned(),
            EmbedProblem::AccentDarkened(c) => format!(
                "for lav kontrast til tekst; den mørkere {} bruges i stedet",
                c.hex()
            ),
            EmbedProblem::UnknownSection => "ukendt afsnit (brug inputs, results, groups, budget, \
                                             ds, goal, presets, export, compare, charts eller \
                                             explain)"
                .to_owned(),
            EmbedProblem::NoSections => "ingen kendte afsnit; standardafsnittene vises".to_owned(),
        },
        en: |p| match p {
            EmbedProblem::NotAFlag => "use embed=1 to embed the calculator".to_owned(),
            EmbedProblem::OnlyWhenEmbedded => "only works together with embed=1".to_owned(),
            EmbedProblem::NotAColour => "not a colour (write six hex digits, e.g. 0b5cad)".to_owned(),
            EmbedProblem::AccentDarkened(c) => format!(
                "too little contrast for text; the darker {} is used instead",
                c.hex()
            ),
            EmbedProblem::UnknownSection => "unknown section (use inputs, results, groups, budget, \
                                             ds, goal, presets, export, compare, charts or \
                                             explain)"
                .to_owned(),
            EmbedProblem::NoSections => "no known section; the default sections show".to_owned(),
        },
    }
    copied { da: "Kopieret.", en: "Copied." }
    close { da: "Luk", en: "Close" }
    embed_full_page {
        da: "Åbn hele beregneren (nyt vindue)",
        en: "Open the full calculator (new window)",
    }
    /// "Printed on" with day, month (1–12) and year.
    printed_on: fn(u32, u32, u32) -> String {
        da: |d, m, y| {
            const MONTHS: [&str; 12] = [
                "januar",
                "februar",
                "marts",
                "april",
                "maj",
                "juni",
                "juli",
                "august",
                "september",
                "oktober",
                "november",
                "december",
            ];
            let month = MONTHS.get(m.wrapping_sub(1) as usize).unwrap_or(&"");
            format!("Udskrevet {d}. {month} {y}")
        },
        en: |d, m, y| {
            const MONTHS: [&str; 12] = [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ];
            let month = MONTHS.get(m.wrapping_sub(1) as usize).unwrap_or(&"");
            format!("Printed {d} {month} {y}")
        },
    }
    saved_ignored {
        da: "Det gemte scenarie kunne ikke læses og blev sprunget over.",
        en: "The saved scenario could not be read and was skipped.",
    }
    /// The autosaved scenario was changed in another tab of the page.
    other_tab_changed {
        da: "Scenariet er ændret i en anden fane.",
        en: "The scenario was changed in another tab.",
    }
    /// Loads the other tab's scenario.
    other_tab_load { da: "Hent det", en: "Load it" }
    /// Keeps this tab's scenario (the next own edit saves over the other).
    other_tab_keep { da: "Behold mit", en: "Keep mine" }
    /// The sections below the key figures could not be fetched.
    below_failed {
        da: "Tabellerne, graferne og resten af siden under nøgletallene kunne ikke hentes. Tjek forbindelsen, og prøv igen eller genindlæs siden.",
        en: "The tables, charts and the rest of the page below the key figures could not be fetched. Check the connection and try again, or reload the page.",
    }
    retry { da: "Prøv igen", en: "Try again" }
    /// An example's records are being fetched (after a click on it, or for
    /// a link that names it).
    example_fetching { da: "Henter eksemplet …", en: "Fetching the example …" }
    /// An example's records could not be fetched.
    example_failed {
        da: "Eksemplet kunne ikke hentes. Tjek forbindelsen, og prøv igen eller genindlæs siden.",
        en: "The example could not be fetched. Check the connection and try again, or reload the page.",
    }
    /// The sentence of each step, its numbers as listed on [`Step`].
    explain_step: fn(Step) -> &'static str {
        da: |s| match s {
            Step::GroupStaff => {
                "{0} borgere ÷ {1} sager pr. sagsbehandler = {2} årsværk i dag; \
                                 ÷ {3} sager = {4} årsværk ved den nye sagsstamme."
            }
            Step::ExtraStaff => "Ekstra årsværk i alt: {0} − {1} = {2} årsværk.",
            Step::AnnualCost => "Udgift om året: {0} årsværk × {1} pr. årsværk = {2}.",
            Step::NetPerMonth => {
                "{0} om måneden × (100 % − {1} statslig refusion) = {2} netto for \
                                  kommunen pr. ydelsesmåned."
            }
            Step::NetPerMonthCoFinanced => {
                "{0} om måneden × {1} kommunal medfinansiering = {2} netto for kommunen \
                 pr. ydelsesmåned."
            }
            Step::Spending => "12 måneder × {0} borgere × {1} = {2} i ydelser om året.",
            Step::TotalSpending => "Ydelsesudgift om året i alt: {0}.",
            Step::SpendingAfterDisplacement => {
                "Ydelsesudgift om året {0}, minus {1} som fortrængning til andre ydelser \
                 ville koste = {2}, som kortere tid på ydelse kan spare."
            }
            Step::Share => "Break-even: {0} ÷ {1} = {2} kortere tid på ydelse betaler udgiften.",
            Step::MonthsPerCitizen => {
                "{0} × 12 måneder = {1} måneder kortere på ydelse pr. borger \
                                       om året."
            }
            Step::MonthsPerYear => {
                "{0} × 12 måneder × {1} borgere = {2} sparede ydelsesmåneder om \
                                    året."
            }
            Step::PersonsOff => "{0} × {1} borgere = {2} helårspersoner ud af ydelse.",
            Step::NotNeeded => {
                "Udgiften er {0}: den nye sagsstamme koster ikke ekstra, så der \
                                kræves ingen effekt."
            }
            Step::Displaced => {
                "Fortrængning: {0} af de sparede måneder kommer igen på en anden ydelse \
                 til {1} netto, så en måned mindre sparer {2} − {0} × {1} = {3}."
            }
            Step::Cut => {
                "Nedskæring: {0} færre årsværk × {1} = {2} sparet om året, og sagsstammen \
                          stiger fra {3} til {4} sager pr. sagsbehandler. Der kræves ingen effekt \
                          for at betale sig; længere tid på ydelse er en negativ effekt."
            }
            Step::MixedCut => {
                "Nogle målgrupper får lavere og andre højere sagsstamme: samlet {0} færre \
                               årsværk × {1} = {2} sparet om året, og den gennemsnitlige \
                               sagsstamme stiger fra {3} til {4}."
            }
            Step::GroupSaving => {
                "Forventet effekt: {0} måneder × {1} borgere × {2} = {3} sparet om \
                                  året ved fuld effekt."
            }
            Step::FullYearSaving => "Sparede ydelser om året ved fuld effekt i alt: {0}.",
            Step::GroupCost => {
                "Forventet effekt: {0} måneder længere på ydelse × {1} borgere × {2} = \
                                {3} i ekstra ydelser om året ved fuld effekt."
            }
            Step::FullYearCost => "Ekstra ydelser om året ved fuld effekt i alt: {0}.",
            Step::BudgetYear => {
                "{0}: personaleudgift {1} × {2} = {3}; sparede ydelser {4} × {5} = \
                                 {6}; nettovirkning {7}; akkumuleret {8}."
            }
            Step::BudgetTotal => {
                "I alt over {0} år: personaleudgift {1}, sparede ydelser {2}, \
                                  nettovirkning {3}."
            }
            Step::Payback => {
                "Indsatsen er tjent hjem i {0}: fra det år er den akkumulerede \
                              nettovirkning 0 kr. eller mindre."
            }
            Step::NoPayback => "Indsatsen tjener sig ikke hjem inden for {0} år.",
            Step::DsTop => {
                "DS' øverste anbefalede sagstal er {0}: {1} borgere ÷ {0} − {1} ÷ {2} = \
                            {3} årsværk × {4} = {5} om året."
            }
            Step::DsWithin => {
                "Sagsstammen i dag, {0}, er allerede ved eller under DS' øverste \
                               anbefalede sagstal, {1}."
            }
            Step::ExceedsAll | Step::NoSpending | Step::NoEffect => "",
        },
        en: |s| match s {
            Step::GroupStaff => {
                "{0} citizens ÷ {1} cases per caseworker = {2} staff years today; \
                                 ÷ {3} cases = {4} staff years at the target caseload."
            }
            Step::ExtraStaff => "Extra staff years in all: {0} − {1} = {2} staff years.",
            Step::AnnualCost => "Annual cost: {0} staff years × {1} per staff year = {2}.",
            Step::NetPerMonth => {
                "{0} a month × (100 % − {1} state reimbursement) = {2} net for the \
                                  municipality per benefit month."
            }
            Step::NetPerMonthCoFinanced => {
                "{0} a month × {1} municipal co-financing = {2} net for the municipality \
                 per benefit month."
            }
            Step::Spending => "12 months × {0} citizens × {1} = {2} in benefits a year.",
            Step::TotalSpending => "Benefit spending a year in all: {0}.",
            Step::SpendingAfterDisplacement => {
                "Benefit spending a year {0}, less the {1} that displacement onto other \
                 benefits would cost = {2} that less time on benefits can save."
            }
            Step::Share => "Break-even: {0} ÷ {1} = {2} less time on benefits pays for the cost.",
            Step::MonthsPerCitizen => {
                "{0} × 12 months = {1} months less on benefits per citizen a \
                                       year."
            }
            Step::MonthsPerYear => {
                "{0} × 12 months × {1} citizens = {2} benefit months saved a \
                                    year."
            }
            Step::PersonsOff => "{0} × {1} citizens = {2} full-year persons off benefits.",
            Step::NotNeeded => {
                "The cost is {0}: the target caseload costs nothing extra, so no \
                                effect is needed."
            }
            Step::Displaced => {
                "Displacement: {0} of the months saved reappear on another benefit at \
                 {1} net, so one month less saves {2} − {0} × {1} = {3}."
            }
            Step::Cut => {
                "A cut: {0} fewer staff years × {1} = {2} saved a year, and the caseload \
                          rises from {3} to {4} cases per caseworker. No effect is needed to pay \
                          for it; longer time on benefits is a negative effect."
            }
            Step::MixedCut => {
                "Some target groups get a lower caseload and others a higher one: in all \
                               {0} fewer staff years × {1} = {2} saved a year, and the average \
                               caseload rises from {3} to {4}."
            }
            Step::GroupSaving => {
                "Expected effect: {0} months × {1} citizens × {2} = {3} saved a \
                                  year at full effect."
            }
            Step::FullYearSaving => "Benefits saved a year at full effect in all: {0}.",
            Step::GroupCost => {
                "Expected effect: {0} months longer on benefits × {1} citizens × {2} = \
                                {3} of extra benefits a year at full effect."
            }
            Step::FullYearCost => "Extra benefits a year at full effect in all: {0}.",
            Step::BudgetYear => {
                "{0}: staff cost {1} × {2} = {3}; benefits saved {4} × {5} = {6}; \
                                 net effect {7}; cumulative {8}."
            }
            Step::BudgetTotal => {
                "In all over {0} years: staff cost {1}, benefits saved {2}, net \
                                  effect {3}."
            }
            Step::Payback => {
                "The effort has paid for itself in {0}: from that year the cumulative \
                              net effect is DKK 0 or less."
            }
            Step::NoPayback => "The effort does not pay for itself within {0} years.",
            Step::DsTop => {
                "DS's highest recommended caseload is {0}: {1} citizens ÷ {0} − {1} ÷ {2} \
                            = {3} staff years × {4} = {5} a year."
            }
            Step::DsWithin => {
                "Today's caseload, {0}, is already at or below DS's highest \
                               recommended caseload, {1}."
            }
            Step::ExceedsAll | Step::NoSpending | Step::NoEffect => "",
        },
    }

    } };
}

pub(super) use table;
