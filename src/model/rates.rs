//! The rate catalogue: every benefit's gross monthly rate by year, each with
//! its source and whether it is published or derived, and the projection
//! that gives a rate for any budget year.
//!
//! A finance officer's first question is "which year's rate, and from
//! where?", so no figure here is without a year and a source, and a figure
//! that is not printed anywhere (arithmetic on published figures) says so
//! and how it was computed ([`Basis::Derived`]). Years for which no figure
//! was found are left out rather than guessed; [`rate_for_year`] then says
//! which year's figure it used instead ([`RateBasis::Nearest`]). Sources and
//! findings: docs/numbers.md, "Reimbursement and the rate catalogue".

use super::kind::BenefitKind;
use super::lang::Text;

/// Weeks in a year over months in a year: the conversion from a weekly rate
/// to a monthly one (weekly × 52 / 12).
pub const WEEKS_PER_MONTH: f64 = 52.0 / 12.0;

/// Whether a catalogue figure is printed in its source or computed here.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Basis {
    /// Printed in the source (a weekly rate converted × 52 / 12 counts as
    /// printed: that is the calculator's own monthly convention).
    Published,
    /// Arithmetic on published figures; the text says how.
    Derived(Text),
}

/// Which of a benefit's rates an entry is: a benefit can have several
/// (kontanthjælp with and without children, the 2025 system's rates).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Series {
    /// The rate the calculator defaults to (see [`primary_series`]).
    Main,
    /// Kontanthjælp/ressourceforløbsydelse over 30, with children.
    WithChildren,
    /// Kontanthjælp from 1 July 2025: forhøjet sats (the default from 2025).
    Forhoejet,
    /// Kontanthjælp from 1 July 2025: grundsats.
    Grundsats,
    /// Kontanthjælp from 1 July 2025: mindstesats.
    Mindstesats,
    /// A supplement paid on top of a rate: shown for information, never a
    /// rate on its own (not offered as a group's rate).
    Supplement,
}

/// One year-stamped rate of the catalogue.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CatalogueRate {
    /// Stable id, for `<option value>` (ids of earlier versions are kept).
    pub id: &'static str,
    pub benefit: BenefitKind,
    pub series: Series,
    pub year: u16,
    /// Gross monthly rate, kr.
    pub monthly: f64,
    /// What the rate is for, in Danish and English (short, for a list).
    pub label: Text,
    /// Where it comes from, without a link: "bm.dk, Satser for 2024".
    pub source: &'static str,
    pub basis: Basis,
}

impl CatalogueRate {
    /// Whether a group's rate can be set to it (supplements cannot).
    pub fn is_rate(&self) -> bool {
        self.series != Series::Supplement
    }
}

const fn t(da: &'static str, en: &'static str) -> Text {
    Text { da, en }
}

/// One entry, positionally: the list reads as a table.
#[allow(clippy::too_many_arguments)]
const fn entry(
    id: &'static str,
    benefit: BenefitKind,
    series: Series,
    year: u16,
    monthly: f64,
    label: Text,
    source: &'static str,
    basis: Basis,
) -> CatalogueRate {
    CatalogueRate {
        id,
        benefit,
        series,
        year,
        monthly,
        label,
        source,
        basis,
    }
}

use BenefitKind::{Adagpenge, Jobafklaring, Kontanthjaelp, Ledighedsydelse, Sygedagpenge};
use Series::{Forhoejet, Grundsats, Main, Mindstesats, Supplement, WithChildren};

const PUB: Basis = Basis::Published;

/// Sygedagpenge: the highest weekly rate (sygedagpengeloven § 50, stk. 1).
const fn sdp(
    id: &'static str,
    year: u16,
    weekly: f64,
    label: Text,
    source: &'static str,
) -> CatalogueRate {
    entry(
        id,
        Sygedagpenge,
        Main,
        year,
        weekly * WEEKS_PER_MONTH,
        label,
        source,
        PUB,
    )
}

/// Derivation of the 2025 kontanthjælp rates.
const KTH_2025: Basis = Basis::Derived(t(
    "afledt: 2024-niveau × 1,036 (satsreguleringsprocent 2025, oes.dk); tillæggene for 2025 \
     er netop deres 2024-niveau × 1,036",
    "derived: 2024 level × 1.036 (rate adjustment percentage 2025, oes.dk); the 2025 \
     supplements are exactly their 2024 level × 1.036",
));
/// Jobafklaring before 2020: the kontanthjælp level by rule.
const RFY_RULE: Basis = Basis::Derived(t(
    "afledt: kontanthjælp over 30 samme år; ydelsen er på kontanthjælpsniveau (star.dk)",
    "derived: kontanthjælp over 30 the same year; the benefit is paid at that level (star.dk)",
));
/// Ledighedsydelse from the a-dagpenge maximum.
const LY_89: Basis = Basis::Derived(t(
    "afledt: 89 % af a-dagpengenes højeste sats samme år (bm.dk: ledighedsydelsen er 89 % af \
     højeste dagpengesats)",
    "derived: 89 % of the same year's a-dagpenge maximum (bm.dk: ledighedsydelse is 89 % of \
     the highest unemployment benefit)",
));
const KALUNDBORG: &str = "Kalundborg Kommune, Tillæg til kontanthjælp, satser 2025";
const AFTALE: &str = "Politisk aftale om kontanthjælpsreformen, 2024-tal, gengivet af \
                      Lundsteen Wiederquist 1.11.2023 (sekundær kilde)";

/// Every catalogue figure, grouped by benefit, newest first within each.
pub const CATALOGUE: [CatalogueRate; 58] = [
    // --- Sygedagpenge: highest weekly rate × 52 / 12 ---
    sdp(
        "sdp-2024",
        2024,
        4_695.0,
        t("2024: 4.695 kr./uge", "2024: DKK 4,695 a week"),
        "bm.dk, Satser for 2024 – Ressourceforløbsydelse (§ 68, stk. 4)",
    ),
    sdp(
        "sdp-2023",
        2023,
        4_550.0,
        t("2023: 4.550 kr./uge", "2023: DKK 4,550 a week"),
        "VEJ nr. 10391 af 19/12/2022 (satser 2023), tabel 1",
    ),
    sdp(
        "sdp-2022",
        2022,
        4_465.0,
        t("2022: 4.465 kr./uge", "2022: DKK 4,465 a week"),
        "VEJ nr. 9210 af 07/03/2022 (satser 2022)",
    ),
    sdp(
        "sdp-2021",
        2021,
        4_460.0,
        t("2021: 4.460 kr./uge", "2021: DKK 4,460 a week"),
        "Dansk Erhverv, Nye dagpengesatser for 2021 (14.12.2020)",
    ),
    sdp(
        "sdp-2020",
        2020,
        4_405.0,
        t("2020: 4.405 kr./uge", "2020: DKK 4,405 a week"),
        "bm.dk, Satser for 2020 – Ressourceforløbsydelse (§ 68, stk. 4)",
    ),
    sdp(
        "sdp-2019",
        2019,
        4_355.0,
        t("2019: 4.355 kr./uge", "2019: DKK 4,355 a week"),
        "bm.dk, Satser for 2019 – Sygedagpenge",
    ),
    sdp(
        "sdp-2018",
        2018,
        4_300.0,
        t("2018: 4.300 kr./uge", "2018: DKK 4,300 a week"),
        "bm.dk, Satser for 2018",
    ),
    sdp(
        "sdp-2017",
        2017,
        4_245.0,
        t("2017: 4.245 kr./uge", "2017: DKK 4,245 a week"),
        "bm.dk, Satser for 2017",
    ),
    sdp(
        "sdp-2016",
        2016,
        4_180.0,
        t("2016: 4.180 kr./uge", "2016: DKK 4,180 a week"),
        "bm.dk, Satser for 2016",
    ),
    // --- Jobafklaring: ressourceforløbsydelse at the kontanthjælp level ---
    entry(
        "rfy-2024",
        Jobafklaring,
        Main,
        2024,
        12_326.0,
        t("2024, uden børn", "2024, without children"),
        "bm.dk, Satser for 2024 – Ressourceforløbsydelse",
        PUB,
    ),
    entry(
        "rfy-2024-children",
        Jobafklaring,
        WithChildren,
        2024,
        16_382.0,
        t("2024, med børn", "2024, with children"),
        "bm.dk, Satser for 2024 – Ressourceforløbsydelse",
        PUB,
    ),
    entry(
        "rfy-2023",
        Jobafklaring,
        Main,
        2023,
        11_944.0,
        t("2023, uden børn", "2023, without children"),
        "region.de, Satser og tal 2023 (= bm.dk, kontanthjælp 2023)",
        PUB,
    ),
    entry(
        "rfy-2023-children",
        Jobafklaring,
        WithChildren,
        2023,
        15_874.0,
        t("2023, med børn", "2023, with children"),
        "region.de, Satser og tal 2023 (= bm.dk, kontanthjælp 2023)",
        PUB,
    ),
    entry(
        "rfy-2022",
        Jobafklaring,
        Main,
        2022,
        11_716.0,
        t("2022, uden børn", "2022, without children"),
        "bm.dk, Satser for 2022 – Ressourceforløbsydelse",
        PUB,
    ),
    entry(
        "rfy-2022-children",
        Jobafklaring,
        WithChildren,
        2022,
        15_570.0,
        t("2022, med børn", "2022, with children"),
        "bm.dk, Satser for 2022 – Ressourceforløbsydelse",
        PUB,
    ),
    entry(
        "rfy-2021",
        Jobafklaring,
        Main,
        2021,
        11_698.0,
        t("2021, uden børn", "2021, without children"),
        "Dansk Erhverv, Nye dagpengesatser for 2021 (14.12.2020)",
        PUB,
    ),
    entry(
        "rfy-2021-children",
        Jobafklaring,
        WithChildren,
        2021,
        15_547.0,
        t("2021, med børn", "2021, with children"),
        "Dansk Erhverv, Nye dagpengesatser for 2021 (14.12.2020)",
        PUB,
    ),
    entry(
        "rfy-2020",
        Jobafklaring,
        Main,
        2020,
        11_554.0,
        t("2020, uden børn", "2020, without children"),
        "bm.dk, Satser for 2020 – Ressourceforløbsydelse",
        PUB,
    ),
    entry(
        "rfy-2020-children",
        Jobafklaring,
        WithChildren,
        2020,
        15_355.0,
        t("2020, med børn", "2020, with children"),
        "bm.dk, Satser for 2020 – Ressourceforløbsydelse",
        PUB,
    ),
    entry(
        "rfy-2018",
        Jobafklaring,
        Main,
        2018,
        11_282.0,
        t("2018, uden børn", "2018, without children"),
        "bm.dk, Satser for 2018",
        RFY_RULE,
    ),
    entry(
        "rfy-2017",
        Jobafklaring,
        Main,
        2017,
        11_143.0,
        t("2017, uden børn", "2017, without children"),
        "bm.dk, Satser for 2017",
        RFY_RULE,
    ),
    entry(
        "rfy-2016",
        Jobafklaring,
        Main,
        2016,
        10_968.0,
        t("2016, uden børn", "2016, without children"),
        "bm.dk, Satser for 2016",
        RFY_RULE,
    ),
    // --- Kontanthjælp: the system from 1 July 2025 ---
    entry(
        "kth-2025-forhoejet",
        Kontanthjaelp,
        Forhoejet,
        2025,
        12_064.0 * 1.036,
        t("2025, forhøjet sats", "2025, higher rate (forhøjet sats)"),
        AFTALE,
        KTH_2025,
    ),
    entry(
        "kth-2025-grundsats",
        Kontanthjaelp,
        Grundsats,
        2025,
        6_955.0 * 1.036,
        t("2025, grundsats", "2025, basic rate (grundsats)"),
        AFTALE,
        KTH_2025,
    ),
    entry(
        "kth-2025-mindstesats",
        Kontanthjaelp,
        Mindstesats,
        2025,
        6_553.0 * 1.036,
        t("2025, mindstesats", "2025, minimum rate (mindstesats)"),
        AFTALE,
        KTH_2025,
    ),
    entry(
        "kth-2025-boernetillaeg",
        Kontanthjaelp,
        Supplement,
        2025,
        2_784.0,
        t(
            "2025, børnetillæg (ét uanset antal børn)",
            "2025, child supplement (one whatever the number of children)",
        ),
        KALUNDBORG,
        PUB,
    ),
    entry(
        "kth-2025-enlig-forsoerger",
        Kontanthjaelp,
        Supplement,
        2025,
        1_638.0,
        t(
            "2025, tillæg til enlige forsørgere",
            "2025, supplement for single providers",
        ),
        KALUNDBORG,
        PUB,
    ),
    entry(
        "kth-2025-enlig-ikke-forsoerger",
        Kontanthjaelp,
        Supplement,
        2025,
        1_092.0,
        t(
            "2025, tillæg til enlige ikke-forsørgere",
            "2025, supplement for single non-providers",
        ),
        KALUNDBORG,
        PUB,
    ),
    entry(
        "kth-2025-ungetillaeg-18-24",
        Kontanthjaelp,
        Supplement,
        2025,
        1_036.0,
        t(
            "2025, særligt ungetillæg 18–24 år",
            "2025, special youth supplement, 18–24",
        ),
        KALUNDBORG,
        PUB,
    ),
    entry(
        "kth-2025-ungetillaeg-25-29",
        Kontanthjaelp,
        Supplement,
        2025,
        2_590.0,
        t(
            "2025, særligt ungetillæg 25–29 år og forsørgere under 30",
            "2025, special youth supplement, 25–29 and providers under 30",
        ),
        KALUNDBORG,
        PUB,
    ),
    entry(
        "kth-2024-forhoejet",
        Kontanthjaelp,
        Forhoejet,
        2024,
        12_064.0,
        t(
            "2024-niveau, forhøjet sats (gælder fra 1.7.2025)",
            "2024 level, higher rate (from 1 July 2025)",
        ),
        AFTALE,
        PUB,
    ),
    entry(
        "kth-2024-grundsats",
        Kontanthjaelp,
        Grundsats,
        2024,
        6_955.0,
        t(
            "2024-niveau, grundsats (gælder fra 1.7.2025)",
            "2024 level, basic rate (from 1 July 2025)",
        ),
        AFTALE,
        PUB,
    ),
    entry(
        "kth-2024-mindstesats",
        Kontanthjaelp,
        Mindstesats,
        2024,
        6_553.0,
        t(
            "2024-niveau, mindstesats (gælder fra 1.7.2025)",
            "2024 level, minimum rate (from 1 July 2025)",
        ),
        AFTALE,
        PUB,
    ),
    // --- Kontanthjælp over 30 before 1 July 2025 ---
    entry(
        "kth-2024",
        Kontanthjaelp,
        Main,
        2024,
        12_326.0,
        t(
            "2024, over 30 år uden børn",
            "2024, over 30 without children",
        ),
        "bm.dk, Satser for 2024",
        PUB,
    ),
    entry(
        "kth-2024-children",
        Kontanthjaelp,
        WithChildren,
        2024,
        16_382.0,
        t("2024, over 30 år med børn", "2024, over 30 with children"),
        "bm.dk, Satser for 2024",
        PUB,
    ),
    entry(
        "kth-2023",
        Kontanthjaelp,
        Main,
        2023,
        11_944.0,
        t(
            "2023, over 30 år uden børn",
            "2023, over 30 without children",
        ),
        "bm.dk, Satser for 2023 – Kontanthjælp",
        PUB,
    ),
    entry(
        "kth-2023-children",
        Kontanthjaelp,
        WithChildren,
        2023,
        15_874.0,
        t("2023, over 30 år med børn", "2023, over 30 with children"),
        "bm.dk, Satser for 2023 – Kontanthjælp",
        PUB,
    ),
    entry(
        "kth-2022",
        Kontanthjaelp,
        Main,
        2022,
        11_716.0,
        t(
            "2022, over 30 år uden børn",
            "2022, over 30 without children",
        ),
        "bm.dk, Satser for 2022 – Ressourceforløbsydelse (samme sats)",
        PUB,
    ),
    entry(
        "kth-2022-children",
        Kontanthjaelp,
        WithChildren,
        2022,
        15_570.0,
        t("2022, over 30 år med børn", "2022, over 30 with children"),
        "bm.dk, Satser for 2022 – Ressourceforløbsydelse (samme sats)",
        PUB,
    ),
    entry(
        "kth-2021",
        Kontanthjaelp,
        Main,
        2021,
        11_698.0,
        t(
            "2021, over 30 år uden børn",
            "2021, over 30 without children",
        ),
        "Dansk Erhverv, Nye dagpengesatser for 2021 (14.12.2020)",
        PUB,
    ),
    entry(
        "kth-2021-children",
        Kontanthjaelp,
        WithChildren,
        2021,
        15_547.0,
        t("2021, over 30 år med børn", "2021, over 30 with children"),
        "Dansk Erhverv, Nye dagpengesatser for 2021 (14.12.2020)",
        PUB,
    ),
    entry(
        "kth-2020",
        Kontanthjaelp,
        Main,
        2020,
        11_554.0,
        t(
            "2020, over 30 år uden børn",
            "2020, over 30 without children",
        ),
        "bm.dk, Satser for 2020 – Ressourceforløbsydelse (samme sats)",
        PUB,
    ),
    entry(
        "kth-2020-children",
        Kontanthjaelp,
        WithChildren,
        2020,
        15_355.0,
        t("2020, over 30 år med børn", "2020, over 30 with children"),
        "bm.dk, Satser for 2020 – Ressourceforløbsydelse (samme sats)",
        PUB,
    ),
    entry(
        "kth-2018",
        Kontanthjaelp,
        Main,
        2018,
        11_282.0,
        t(
            "2018, over 30 år uden børn",
            "2018, over 30 without children",
        ),
        "bm.dk, Satser for 2018 – Kontantydelse (samme niveau)",
        PUB,
    ),
    entry(
        "kth-2018-children",
        Kontanthjaelp,
        WithChildren,
        2018,
        14_993.0,
        t("2018, over 30 år med børn", "2018, over 30 with children"),
        "bm.dk, Satser for 2018 – Kontantydelse (samme niveau)",
        PUB,
    ),
    entry(
        "kth-2017",
        Kontanthjaelp,
        Main,
        2017,
        11_143.0,
        t(
            "2017, over 30 år uden børn",
            "2017, over 30 without children",
        ),
        "bm.dk, Satser for 2017",
        PUB,
    ),
    entry(
        "kth-2017-children",
        Kontanthjaelp,
        WithChildren,
        2017,
        14_808.0,
        t("2017, over 30 år med børn", "2017, over 30 with children"),
        "bm.dk, Satser for 2017",
        PUB,
    ),
    entry(
        "kth-2016",
        Kontanthjaelp,
        Main,
        2016,
        10_968.0,
        t(
            "2016, over 30 år uden børn",
            "2016, over 30 without children",
        ),
        "bm.dk, Satser for 2016",
        PUB,
    ),
    entry(
        "kth-2016-children",
        Kontanthjaelp,
        WithChildren,
        2016,
        14_575.0,
        t("2016, over 30 år med børn", "2016, over 30 with children"),
        "bm.dk, Satser for 2016",
        PUB,
    ),
    // --- Ledighedsydelse: 89 % of the a-dagpenge maximum ---
    entry(
        "ly-2025",
        Ledighedsydelse,
        Main,
        2025,
        21_092.0 * 0.89,
        t("2025: 89 % af 21.092 kr.", "2025: 89 % of DKK 21,092"),
        "bm.dk, Satser for 2025 – Dagpenge",
        LY_89,
    ),
    entry(
        "ly-2024",
        Ledighedsydelse,
        Main,
        2024,
        4_185.0 * WEEKS_PER_MONTH,
        t("2024: 4.185 kr./uge", "2024: DKK 4,185 a week"),
        "bm.dk, Satser for 2024 – Ressourceforløbsydelse (§ 68, stk. 5)",
        PUB,
    ),
    entry(
        "ly-2023",
        Ledighedsydelse,
        Main,
        2023,
        19_728.0 * 0.89,
        t("2023: 89 % af 19.728 kr.", "2023: 89 % of DKK 19,728"),
        "bm.dk, Satser for 2023 – Dagpenge",
        LY_89,
    ),
    entry(
        "ly-2022",
        Ledighedsydelse,
        Main,
        2022,
        3_974.0 * WEEKS_PER_MONTH,
        t("2022: 3.974 kr./uge", "2022: DKK 3,974 a week"),
        "bm.dk, Satser for 2022 – Ressourceforløbsydelse (§ 68, stk. 5)",
        PUB,
    ),
    entry(
        "ly-2020",
        Ledighedsydelse,
        Main,
        2020,
        16_984.0,
        t("2020: 16.984 kr./md.", "2020: DKK 16,984 a month"),
        "Herning Jobcenter (borger.dk-tekst), ledighedsydelse 2020",
        PUB,
    ),
    entry(
        "ly-2019",
        Ledighedsydelse,
        Main,
        2019,
        18_866.0 * 0.89,
        t("2019: 89 % af 18.866 kr.", "2019: 89 % of DKK 18,866"),
        "bm.dk, Satser for 2019 – Dagpenge",
        LY_89,
    ),
    // --- A-dagpenge: maximum for the fully insured (AFL § 47) ---
    entry(
        "ad-2025",
        Adagpenge,
        Main,
        2025,
        21_092.0,
        t("2025: 21.092 kr./md.", "2025: DKK 21,092 a month"),
        "bm.dk, Satser for 2025 – Dagpenge",
        PUB,
    ),
    entry(
        "ad-2024",
        Adagpenge,
        Main,
        2024,
        20_359.0,
        t("2024: 20.359 kr./md.", "2024: DKK 20,359 a month"),
        "a-kasserne AKA, FA og MA, satser 2024",
        PUB,
    ),
    entry(
        "ad-2023",
        Adagpenge,
        Main,
        2023,
        19_728.0,
        t("2023: 19.728 kr./md.", "2023: DKK 19,728 a month"),
        "bm.dk, Satser for 2023 – Dagpenge",
        PUB,
    ),
];

/// The a-dagpenge figures before 2023, kept apart only to keep the list
/// above readable; [`all`] chains them in.
const ADAGPENGE_OLDER: [CatalogueRate; 4] = [
    entry("ad-2022", Adagpenge, Main, 2022, 19_351.0, t("2022: 19.351 kr./md.", "2022: DKK 19,351 a month"), "Serviceforbundet, Satser 2022", PUB),
    entry("ad-2021", Adagpenge, Main, 2021, 19_322.0, t("2021: 19.322 kr./md.", "2021: DKK 19,322 a month"), "fho.dk (dateret 2020 dér)", Basis::Derived(t(
        "afledt: 19.083 kr. (2020) × 1,0125, stigningen 2020→2021 for sygedagpenge og kontanthjælp, afrundet; fho.dk trykker 19.322 kr. men dateres 2020",
        "derived: DKK 19,083 (2020) × 1.0125, the 2020→2021 rise of sygedagpenge and kontanthjælp, rounded; fho.dk prints DKK 19,322 but dates it 2020",
    ))),
    entry("ad-2020", Adagpenge, Main, 2020, 19_083.0, t("2020: 19.083 kr./md.", "2020: DKK 19,083 a month"), "bm.dk, Satser for 2020 – Ressourceforløbsydelse (dagpengemaksimum)", PUB),
    entry("ad-2019", Adagpenge, Main, 2019, 18_866.0, t("2019: 18.866 kr./md.", "2019: DKK 18,866 a month"), "bm.dk, Satser for 2019 – Dagpenge", PUB),
];

/// Every catalogue figure: grouped by benefit, newest first within each.
pub fn all() -> impl Iterator<Item = &'static CatalogueRate> {
    CATALOGUE.iter().chain(ADAGPENGE_OLDER.iter())
}

/// The catalogue figure with this id.
pub fn find(id: &str) -> Option<&'static CatalogueRate> {
    all().find(|r| r.id == id)
}

/// The catalogue figures of one benefit, newest first (supplements too; see
/// [`CatalogueRate::is_rate`]).
pub fn catalogue_for(benefit: BenefitKind) -> impl Iterator<Item = &'static CatalogueRate> {
    all().filter(move |r| r.benefit == benefit)
}

/// The series the calculator uses for `benefit` in `year`: kontanthjælp's
/// forhøjet sats from 2025 (the system in force since 1 July 2025), the over-30
/// rate without children before.
pub fn primary_series(benefit: BenefitKind, year: i32) -> Series {
    match benefit {
        Kontanthjaelp if year >= 2025 => Forhoejet,
        _ => Main,
    }
}

/// The published satsreguleringsprocent by finansår (lov om en
/// satsreguleringsprocent § 1): 2025 is 3.6 % (oes.dk, "Pris- og
/// lønforudsætninger", FFL 2025). Later years are not published.
const PUBLISHED_REGULATION: [(i32, f64); 1] = [(2025, 3.6)];

/// The yearly regulation assumed where none is published: the newest
/// published satsreguleringsprocent (2025). An assumption, and labelled so.
pub const ASSUMED_REGULATION_PCT: f64 = 3.6;

/// Projections stop here: budget years run to 2100, and a rate compounded
/// further says nothing (it also keeps every projected rate finite).
pub const LAST_PROJECTED_YEAR: i32 = 2100;

/// A rate for one budget year and how it was arrived at.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct YearRate {
    /// The budget year asked for.
    pub year: i32,
    /// Gross monthly rate, kr.
    pub monthly: f64,
    pub basis: RateBasis,
}

/// How [`rate_for_year`] arrived at a rate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RateBasis {
    /// The catalogue's figure for that year (published or derived: see its
    /// [`CatalogueRate::basis`]).
    Catalogue(&'static CatalogueRate),
    /// The newest figure, regulated each year after it by `pct_per_year`;
    /// `assumed` when any of those years' percentages is not published.
    Projected {
        from: &'static CatalogueRate,
        pct_per_year: f64,
        assumed: bool,
    },
    /// No figure for that year: the nearest earlier one (or, before the
    /// first, the first) unchanged, since the regulation of the years
    /// between was not found.
    Nearest(&'static CatalogueRate),
}

impl RateBasis {
    /// The catalogue figure the rate comes from.
    pub fn entry(&self) -> &'static CatalogueRate {
        match *self {
            RateBasis::Catalogue(r) | RateBasis::Nearest(r) => r,
            RateBasis::Projected { from, .. } => from,
        }
    }

    /// Whether the rate is a catalogue figure printed in its source.
    pub fn is_published(&self) -> bool {
        matches!(self, RateBasis::Catalogue(r) if r.basis == Basis::Published)
    }
}

/// The regulation percentage into finansår `year`, and whether it is assumed.
fn regulation(year: i32) -> (f64, bool) {
    PUBLISHED_REGULATION
        .iter()
        .find(|(y, _)| *y == year)
        .map_or((ASSUMED_REGULATION_PCT, true), |&(_, p)| (p, false))
}

/// The gross monthly rate of `benefit` for budget year `year`: the
/// catalogue's figure for that year if there is one; after the newest
/// figure, that figure regulated by the satsreguleringsprocent of each
/// year (published for 2025, assumed [`ASSUMED_REGULATION_PCT`] after);
/// in a year without a figure, the nearest earlier one. `None` for a
/// benefit without a catalogue ([`BenefitKind::Other`]).
///
/// Pure and total: any `i32` gives a finite rate (projections stop at
/// [`LAST_PROJECTED_YEAR`]).
pub fn rate_for_year(benefit: BenefitKind, year: i32) -> Option<YearRate> {
    let series = primary_series(benefit, year);
    let in_series = || catalogue_for(benefit).filter(move |r| r.series == series && r.is_rate());
    if let Some(r) = in_series().find(|r| i32::from(r.year) == year) {
        return Some(YearRate {
            year,
            monthly: r.monthly,
            basis: RateBasis::Catalogue(r),
        });
    }
    let newest = in_series().max_by_key(|r| r.year)?;
    let newest_year = i32::from(newest.year);
    if year > newest_year {
        let mut monthly = newest.monthly;
        let mut assumed = false;
        let mut pct_per_year = ASSUMED_REGULATION_PCT;
        for y in newest_year + 1..=year.min(LAST_PROJECTED_YEAR) {
            let (pct, a) = regulation(y);
            monthly *= 1.0 + pct / 100.0;
            assumed |= a;
            pct_per_year = pct;
        }
        return Some(YearRate {
            year,
            monthly,
            basis: RateBasis::Projected {
                from: newest,
                pct_per_year,
                assumed,
            },
        });
    }
    let nearest = in_series()
        .filter(|r| i32::from(r.year) < year)
        .max_by_key(|r| r.year)
        .or_else(|| in_series().min_by_key(|r| r.year))?;
    Some(YearRate {
        year,
        monthly: nearest.monthly,
        basis: RateBasis::Nearest(nearest),
    })
}

#[cfg(test)]
mod tests;
