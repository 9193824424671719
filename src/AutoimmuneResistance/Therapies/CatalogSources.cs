namespace AutoimmuneResistance;

/// <summary>The citations behind the built-in therapy catalog and the ATC legacy map (see docs/codes.md).</summary>
internal static class CatalogSources
{
    /// <summary>
    /// The WHO ATC index as read for this library: a public scrape of the WHO Collaborating Centre's ATC/DDD index dated
    /// 2025-08-19 (6,883 rows), file <c>WHO_ATC_codes_2025-08-19.csv</c> at commit 3036cac of vanhungtran/atcddd.
    /// Secondary reproduction; re-check against the official index before a release.
    /// </summary>
    public static Citation WhoAtcIndex2025 { get; } = new(
        authors: "WHO Collaborating Centre for Drug Statistics Methodology",
        year: 2025,
        title: "ATC/DDD Index, as reproduced in WHO_ATC_codes_2025-08-19.csv",
        source: "GitHub repository vanhungtran/atcddd, commit 3036cac",
        url: "https://github.com/vanhungtran/atcddd");

    /// <summary>
    /// The German Medical Informatics Initiative ConceptMap listing the ATC codes (BfArM edition) that changed between
    /// the 2023 and 2024 index, old code to new code; dated 2024-12-12.
    /// </summary>
    public static Citation MiiAtcChanges2024 { get; } = new(
        authors: "Medizininformatik-Initiative (MII)",
        year: 2024,
        title: "MII CM Onko ATC Code Changes 2023 to 2024",
        source: "FHIR ConceptMap mii-cm-onko-atc-transitions-2024, MII core data set module Oncology",
        url: "https://www.medizininformatik-initiative.de/fhir/ext/modul-onko/ConceptMap/mii-cm-onko-atc-transitions-2024");
}
