using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>The shape of a progressive ILD definition (project clinical reference section 12.3).</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<ProgressiveIldRule>))]
public enum ProgressiveIldRule
{
    /// <summary>INBUILD: FVC decline ≥ major; or minor ≤ decline &lt; major plus worsened symptoms or increased fibrosis; or worsened symptoms and increased fibrosis.</summary>
    [JsonStringEnumMemberName("inbuild")]
    Inbuild = 1,

    /// <summary>ATS/ERS/JRS/ALAT 2022: at least 2 of 3 domains (symptoms; physiology: FVC or DLCO decline; radiology).</summary>
    [JsonStringEnumMemberName("ats-ers-jrs-alat-2022")]
    AtsErsJrsAlat2022 = 2,

    /// <summary>SSc-ILD composite: FVC decline ≥ major, or minor ≤ FVC decline &lt; major plus DLCO decline.</summary>
    [JsonStringEnumMemberName("ssc-composite")]
    SscComposite = 3,

    /// <summary>EUSTAR FVC only: moderate progression minor ≤ decline ≤ major, significant decline &gt; major.</summary>
    [JsonStringEnumMemberName("eustar-fvc-only")]
    EustarFvcOnly = 4,
}

/// <summary>
/// A published definition of progressive interstitial lung disease. The four definitions of the project clinical
/// reference section 12.3 disagree, so each is a named set (review note 17.1: the window is always explicit):
/// <list type="bullet">
/// <item><c>ssc.progressive-ild.inbuild-2019</c> (default): within 24 months, relative FVC decline ≥ 10 %; or ≥ 5 to
/// &lt; 10 % plus worsened respiratory symptoms or increased fibrosis on HRCT; or worsened symptoms and increased fibrosis
/// — Flaherty KR, et al. N Engl J Med 2019;381:1718-27 (the criteria read in Eur Respir J 2022;59:2004587; "≥ 10 %" as
/// the trial papers print it, not the Breathe table's "&gt; 10 %", discrepancy 9).</item>
/// <item><c>ssc.progressive-ild.ats-ers-jrs-alat-2022</c>: within 12 months, at least 2 of 3 — worsening symptoms;
/// absolute FVC decline ≥ 5 % predicted or absolute haemoglobin-corrected DLCO decline ≥ 10 % predicted; radiological
/// progression — Raghu G, et al. Am J Respir Crit Care Med 2022;205(9):e18-e47, Table 4 (review note 17.2).</item>
/// <item><c>ssc.progressive-ild.ssc-composite</c>: over 12 to 24 months, FVC decline ≥ 10 %, or 5 to &lt; 10 % plus DLCO
/// decline ≥ 15 %, relative by default (UNCONFIRMED: papers differ) — Eur Respir J 2020;55:1902026; Vonk MC, et al. Eur
/// Respir Rev 2021;30:200340.</item>
/// <item><c>ssc.progressive-ild.eustar-fvc-only-2021</c>: over 12 ± 3 months (9 to 15), moderate progression FVC decline
/// 5–10 %, significant &gt; 10 %, relative by default, no DLCO term — Hoffmann-Vold AM, et al. Ann Rheum Dis
/// 2021;80:219-27.</item>
/// </list>
/// </summary>
/// <remarks>
/// Arithmetic: relative decline = (baseline − follow-up) / baseline × 100; absolute decline = baseline − follow-up, in
/// percentage points of % predicted. A window is the calendar interval from the baseline date plus
/// <see cref="WindowMinimumMonths"/> to the baseline date plus <see cref="WindowMaximumMonths"/>, both ends included.
/// </remarks>
public sealed record ProgressiveIldDefinitions : DefinitionSet
{
    /// <summary>Gets the INBUILD definition, <c>ssc.progressive-ild.inbuild-2019</c> (the default).</summary>
    public static ProgressiveIldDefinitions Inbuild2019 { get; } = new()
    {
        Id = DefinitionSetId.Create("ssc.progressive-ild.inbuild-2019"),
        Version = "1.0.0",
        Title = "Progressive fibrosing ILD, INBUILD (24 months; relative FVC decline >= 10 %, or 5-10 % with symptoms or fibrosis, or symptoms and fibrosis)",
        Sources = [SscCitations.Flaherty2019],
        Rule = ProgressiveIldRule.Inbuild,
        WindowMinimumMonths = 0,
        WindowMaximumMonths = 24,
        FvcScale = ChangeScale.Relative,
        FvcMajorDecline = 10m,
        FvcMinorDecline = 5m,
    };

    /// <summary>Gets the ATS/ERS/JRS/ALAT 2022 progressive pulmonary fibrosis definition, <c>ssc.progressive-ild.ats-ers-jrs-alat-2022</c>.</summary>
    public static ProgressiveIldDefinitions AtsErsJrsAlat2022 { get; } = new()
    {
        Id = DefinitionSetId.Create("ssc.progressive-ild.ats-ers-jrs-alat-2022"),
        Version = "1.0.0",
        Title = "Progressive pulmonary fibrosis, ATS/ERS/JRS/ALAT 2022 (12 months; 2 of 3: symptoms, absolute FVC >= 5 or Hb-corrected DLCO >= 10 points, radiology)",
        Sources = [SscCitations.Raghu2022],
        Rule = ProgressiveIldRule.AtsErsJrsAlat2022,
        WindowMinimumMonths = 0,
        WindowMaximumMonths = 12,
        FvcScale = ChangeScale.Absolute,
        FvcMajorDecline = 5m,
        FvcMinorDecline = 5m,
        DlcoScale = ChangeScale.Absolute,
        DlcoDecline = 10m,
        RequireHaemoglobinCorrectedDlco = true,
    };

    /// <summary>Gets the SSc-ILD FVC/DLCO composite, <c>ssc.progressive-ild.ssc-composite</c>.</summary>
    public static ProgressiveIldDefinitions SscComposite { get; } = new()
    {
        Id = DefinitionSetId.Create("ssc.progressive-ild.ssc-composite"),
        Version = "1.0.0",
        Title = "SSc-ILD progression composite (12-24 months; FVC decline >= 10 %, or 5-10 % with DLCO decline >= 15 %; relative)",
        Sources = [SscCitations.HoffmannVold2020, SscCitations.Vonk2021],
        Rule = ProgressiveIldRule.SscComposite,
        WindowMinimumMonths = 12,
        WindowMaximumMonths = 24,
        FvcScale = ChangeScale.Relative,
        FvcMajorDecline = 10m,
        FvcMinorDecline = 5m,
        DlcoScale = ChangeScale.Relative,
        DlcoDecline = 15m,
    };

    /// <summary>Gets the EUSTAR FVC-only definition, <c>ssc.progressive-ild.eustar-fvc-only-2021</c>.</summary>
    public static ProgressiveIldDefinitions EustarFvcOnly2021 { get; } = new()
    {
        Id = DefinitionSetId.Create("ssc.progressive-ild.eustar-fvc-only-2021"),
        Version = "1.0.0",
        Title = "SSc-ILD progression, EUSTAR 2021 (12 +/- 3 months; moderate FVC decline 5-10 %, significant > 10 %; relative; no DLCO)",
        Sources = [SscCitations.HoffmannVold2021],
        Rule = ProgressiveIldRule.EustarFvcOnly,
        WindowMinimumMonths = 9,
        WindowMaximumMonths = 15,
        FvcScale = ChangeScale.Relative,
        FvcMajorDecline = 10m,
        FvcMinorDecline = 5m,
    };

    /// <summary>Gets every published definition, the default first.</summary>
    public static ImmutableArray<ProgressiveIldDefinitions> All { get; } = [Inbuild2019, AtsErsJrsAlat2022, SscComposite, EustarFvcOnly2021];

    /// <summary>Gets the rule's shape.</summary>
    public required ProgressiveIldRule Rule { get; init; }

    /// <summary>Gets the shortest interval from baseline, in calendar months, that the definition assesses.</summary>
    public required int WindowMinimumMonths { get; init; }

    /// <summary>Gets the longest interval from baseline, in calendar months, that the definition assesses.</summary>
    public required int WindowMaximumMonths { get; init; }

    /// <summary>Gets whether FVC decline is relative or absolute.</summary>
    public required ChangeScale FvcScale { get; init; }

    /// <summary>Gets the major FVC decline (INBUILD and SSc composite: at or above it; EUSTAR: above it is significant; ATS: the physiological FVC criterion).</summary>
    public required decimal FvcMajorDecline { get; init; }

    /// <summary>Gets the minor FVC decline, the lower end of the band that needs a further criterion (EUSTAR: moderate progression).</summary>
    public required decimal FvcMinorDecline { get; init; }

    /// <summary>Gets whether DLCO decline is relative or absolute.</summary>
    public ChangeScale DlcoScale { get; init; } = ChangeScale.Relative;

    /// <summary>Gets the DLCO decline at or above which DLCO counts.</summary>
    /// <value><see langword="null"/> when the definition has no DLCO term.</value>
    public decimal? DlcoDecline { get; init; }

    /// <summary>Gets whether only a haemoglobin-corrected DLCO may count (ATS/ERS/JRS/ALAT 2022).</summary>
    public bool RequireHaemoglobinCorrectedDlco { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!Enum.IsDefined(Rule) || !Enum.IsDefined(FvcScale) || !Enum.IsDefined(DlcoScale))
        {
            problems.Add("The rule and the scales must be defined values.");
        }

        if (WindowMinimumMonths < 0 || WindowMaximumMonths < WindowMinimumMonths || WindowMaximumMonths > 120)
        {
            problems.Add("The window must satisfy 0 <= minimum <= maximum <= 120 months.");
        }

        if (FvcMinorDecline <= 0m || FvcMajorDecline < FvcMinorDecline || DlcoDecline <= 0m)
        {
            problems.Add("Declines must be positive, the major FVC decline at least the minor.");
        }

        if (Rule is ProgressiveIldRule.AtsErsJrsAlat2022 or ProgressiveIldRule.SscComposite && DlcoDecline is null)
        {
            problems.Add($"{Rule} needs {nameof(DlcoDecline)}.");
        }

        return problems;
    }
}
