using System.Globalization;
using System.Net;

namespace AutoimmuneResistance.Cli.Reports;

/// <summary>
/// The words the HTML report shows for the verdict contract's values: clinical prose for people, never a code
/// identifier where the contract has a title (the contract's own spelling stays in the JSON Lines, CSV and Parquet
/// outputs). Everything that goes into the page passes through <see cref="Html(string?)"/>.
/// </summary>
internal static class ReportText
{
    /// <summary>Escapes text for an HTML element or a quoted attribute (<c>&amp; &lt; &gt; " '</c>).</summary>
    /// <param name="text">The text; <see langword="null"/> gives an empty string.</param>
    /// <returns>The escaped text.</returns>
    public static string Html(string? text) => text is null ? string.Empty : WebUtility.HtmlEncode(text);

    /// <summary>Formats invariantly.</summary>
    /// <param name="text">The interpolated text.</param>
    /// <returns>The text.</returns>
    public static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a count with thousands separators.</summary>
    /// <param name="value">The count.</param>
    /// <returns>For example <c>1,000</c>.</returns>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Formats a share as a whole percentage.</summary>
    /// <param name="part">The part.</param>
    /// <param name="whole">The whole.</param>
    /// <returns>For example <c>22 %</c>; <c>0 %</c> of nothing.</returns>
    public static string Percent(long part, long whole) =>
        Inv($"{(whole == 0 ? 0 : Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero)):0} %");

    /// <summary>Formats a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><c>yyyy-MM-dd</c>.</returns>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Formats a number as the contract holds it (no trailing zeros).</summary>
    /// <param name="value">The number.</param>
    /// <returns>The number.</returns>
    public static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    /// <summary>Starts a text with a capital letter, for a heading or a list item that begins a sentence.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text, its first letter upper case; unchanged when its first word is spelt like eGFR or mRNA.</returns>
    public static string Sentence(string text) =>
        text.Length > 1 && char.IsLower(text[0]) && !char.IsUpper(text[1]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    /// <summary>The answer in words.</summary>
    /// <param name="answer">The answer.</param>
    /// <returns>For example <c>Resistance shown</c>.</returns>
    public static string Answer(ResistanceAnswer answer) => answer switch
    {
        ResistanceAnswer.Shown => "Resistance shown",
        ResistanceAnswer.NotShown => "Resistance not shown",
        ResistanceAnswer.CannotTellYet => "Cannot tell yet",
        _ => "Not stated",
    };

    /// <summary>A CSS class for an answer.</summary>
    /// <param name="answer">The answer.</param>
    /// <returns><c>shown</c>, <c>not-shown</c> or <c>cannot-tell</c>.</returns>
    public static string AnswerClass(ResistanceAnswer answer) => answer switch
    {
        ResistanceAnswer.Shown => "shown",
        ResistanceAnswer.NotShown => "not-shown",
        _ => "cannot-tell",
    };

    /// <summary>The outcome of a therapy in words.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>For example <c>Primary non-response</c>.</returns>
    public static string Outcome(TherapyOutcome outcome) => outcome switch
    {
        TherapyOutcome.Response => "Response",
        TherapyOutcome.PartialResponse => "Partial response",
        TherapyOutcome.PrimaryNonResponse => "Primary non-response",
        TherapyOutcome.SecondaryLossOfResponse => "Secondary loss of response",
        TherapyOutcome.Intolerance => "Intolerance",
        TherapyOutcome.NonAdherence => "Non-adherence",
        TherapyOutcome.TooEarly => "Too early to judge",
        _ => "Outcome unknown",
    };

    /// <summary>A finding's status in words.</summary>
    /// <param name="status">The status.</param>
    /// <returns>For example <c>Not supported</c>.</returns>
    public static string Status(FindingStatus status) => status switch
    {
        FindingStatus.Supported => "Supported",
        FindingStatus.NotSupported => "Not supported",
        _ => "Unknown: a datum is missing",
    };

    /// <summary>A CSS class for a finding's status.</summary>
    /// <param name="status">The status.</param>
    /// <returns><c>supported</c>, <c>not-supported</c> or <c>unknown</c>.</returns>
    public static string StatusClass(FindingStatus status) => status switch
    {
        FindingStatus.Supported => "supported",
        FindingStatus.NotSupported => "not-supported",
        _ => "unknown",
    };

    /// <summary>An evidence grade in words.</summary>
    /// <param name="grade">The grade.</param>
    /// <returns>For example <c>randomized trial</c>.</returns>
    public static string Grade(EvidenceGrade grade) => grade switch
    {
        EvidenceGrade.Guideline => "guideline",
        EvidenceGrade.RandomizedTrial => "randomized trial",
        EvidenceGrade.PostHocAnalysis => "post hoc analysis",
        EvidenceGrade.Observational => "observational",
        EvidenceGrade.Extrapolated => "extrapolated",
        EvidenceGrade.ExpertOpinion => "expert opinion",
        EvidenceGrade.CaseSeries => "case series or small cohort",
        _ => "not graded",
    };

    /// <summary>A published effect in one line: study, end point, group, the effect with its interval, the arms and the number of patients.</summary>
    /// <param name="effect">The effect.</param>
    /// <returns>For example <c>TULIP-2, BICLA response at week 52: risk difference 16.3 percentage points (95 % CI 6.3 to 26.3); anifrolumab 300 mg 47.8 % (180), placebo 31.5 % (182); 362 patients</c>.</returns>
    public static string Effect(PublishedEffect effect)
    {
        var measure = effect.Measure switch
        {
            EffectMeasure.RiskDifference => "risk difference",
            EffectMeasure.OddsRatio => "odds ratio",
            EffectMeasure.HazardRatio => "hazard ratio",
            EffectMeasure.MeanDifference => "mean difference",
            EffectMeasure.Proportion => "proportion",
            EffectMeasure.VarianceExplained => "variance explained (R²)",
            _ => "effect",
        };
        var unit = effect.Unit switch
        {
            "1" => string.Empty,
            "%" when effect.Measure is EffectMeasure.RiskDifference or EffectMeasure.MeanDifference => " percentage points",
            "%" => " %",
            var other => " " + other,
        };
        var interval = effect.ConfidenceLow is { } low && effect.ConfidenceHigh is { } high
            ? string.Create(CultureInfo.InvariantCulture, $" (95 % CI {low} to {high})")
            : string.Empty;
        var arms = effect.Arms.IsEmpty
            ? string.Empty
            : "; " + string.Join(", ", effect.Arms.Select(a => a.Label
                + (a.Value is { } v ? string.Create(CultureInfo.InvariantCulture, $" {v}{(a.Unit == "%" ? " %" : " " + a.Unit)}") : string.Empty)
                + (a.Participants is { } n ? string.Create(CultureInfo.InvariantCulture, $" ({n})") : string.Empty)));
        var patients = effect.Participants is { } total ? string.Create(CultureInfo.InvariantCulture, $"; {total} patients") : string.Empty;
        var group = effect.Group is { } g ? ", " + g : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{effect.Study}{group}, {effect.Endpoint}: {measure} {effect.Value}{unit}{interval}{arms}{patients}");
    }

    /// <summary>A treatment option's flag in words.</summary>
    /// <param name="flag">The flag.</param>
    /// <returns>For example <c>already tried</c>.</returns>
    public static string Flag(TreatmentOptionTag flag) => flag switch
    {
        TreatmentOptionTag.Emerging => "emerging",
        TreatmentOptionTag.AddOn => "add-on",
        TreatmentOptionTag.AlreadyTried => "already tried",
        TreatmentOptionTag.PartlyTried => "partly tried",
        TreatmentOptionTag.StoppedForInefficacy => "stopped for inefficacy",
        _ => "flagged",
    };

    /// <summary>A comparison as a symbol.</summary>
    /// <param name="comparison">The operator.</param>
    /// <returns>For example <c>≥</c>.</returns>
    public static string Operator(ComparisonOperator comparison) => comparison switch
    {
        ComparisonOperator.LessThan => "<",
        ComparisonOperator.LessThanOrEqual => "≤",
        ComparisonOperator.GreaterThan => ">",
        ComparisonOperator.GreaterThanOrEqual => "≥",
        _ => "=",
    };

    /// <summary>The name of a code system people know it by.</summary>
    /// <param name="system">The code system.</param>
    /// <returns>For example <c>LOINC</c>; the URI of a system without a common name.</returns>
    public static string CodeSystemName(CodeSystem system) =>
        system == CodeSystem.Loinc ? "LOINC"
        : system == CodeSystem.SnomedCt ? "SNOMED CT"
        : system == CodeSystem.Atc ? "ATC"
        : system == CodeSystem.Icd10 ? "ICD-10"
        : system == CodeSystem.Icd10Cm ? "ICD-10-CM"
        : system == CodeSystem.RxNorm ? "RxNorm"
        : system == CodeSystem.Hgnc ? "HGNC"
        : system.Uri;

    /// <summary>A threshold as a clause: name, comparison, limit, unit, and the observed value.</summary>
    /// <param name="threshold">The threshold.</param>
    /// <returns>For example <c>relative FVC decline ≥ 10 (observed 0)</c>.</returns>
    public static string Threshold(AppliedThreshold threshold)
    {
        var unit = threshold.Unit is { } u ? " " + QuantityUnits.ToSymbol(u) : string.Empty;
        var observed = threshold.Observed is { } o ? Inv($" (observed {Number(o)}{unit})") : " (not observed)";
        return Inv($"{threshold.Name} {Operator(threshold.Operator)} {Number(threshold.Limit)}{unit}{observed}");
    }
}
