using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The 2012 Systemic Lupus International Collaborating Clinics (SLICC) classification criteria for systemic lupus
/// erythematosus (instrument <c>sle.slicc-2012-classification</c>). Research classification, not diagnosis.
/// </summary>
/// <remarks>
/// <para>
/// Source: Petri M, Orbai AM, Alarcón GS, et al. Derivation and validation of the Systemic Lupus International
/// Collaborating Clinics classification criteria for systemic lupus erythematosus. Arthritis Rheum
/// 2012;64(8):2677-86, doi:10.1002/art.34473 (Table 3: 11 clinical and 6 immunologic criteria).
/// </para>
/// <para>
/// Rule: classify when (a) at least 4 criteria are met, including at least 1 clinical and 1 immunologic criterion, or
/// (b) nephritis compatible with SLE is proven on biopsy in the presence of ANA or anti-dsDNA antibodies. The criteria
/// are cumulative and need not be simultaneous. A positive direct Coombs test counts only in the absence of haemolytic
/// anaemia.
/// </para>
/// </remarks>
public sealed class Slicc2012Classification : ClinicalInstrument<Slicc2012Input, Slicc2012Result>
{
    /// <summary>The fewest criteria that classify by the counting rule, 4.</summary>
    public const int MinimumCriteria = 4;

    /// <summary>Gets every criterion in the paper's order.</summary>
    public static ImmutableArray<Slicc2012Criterion> All { get; } = [.. Enum.GetValues<Slicc2012Criterion>()];

    /// <inheritdoc/>
    public override InstrumentDescriptor Descriptor { get; } = new()
    {
        Id = LupusIds.Slicc2012Classification,
        Title = "2012 SLICC classification criteria for systemic lupus erythematosus",
        Version = "1.0.0",
        Sources =
        [
            new Citation(
                "Petri M, Orbai AM, Alarcón GS, et al.",
                2012,
                "Derivation and validation of the Systemic Lupus International Collaborating Clinics classification criteria for systemic lupus erythematosus",
                "Arthritis Rheum 2012;64(8):2677-86",
                "10.1002/art.34473"),
        ],
        Documentation = "docs/instruments/sle.slicc-2012-classification.md",
    };

    /// <summary>Returns whether a criterion is clinical (the 11 first) rather than immunologic (the 6 last).</summary>
    /// <param name="criterion">The criterion.</param>
    /// <returns><see langword="true"/> for the clinical criteria.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="criterion"/> is not a defined member.</exception>
    public static bool IsClinical(Slicc2012Criterion criterion) =>
        Enum.IsDefined(criterion)
            ? criterion <= Slicc2012Criterion.Thrombocytopenia
            : throw new ArgumentOutOfRangeException(nameof(criterion), criterion, "Expected a defined 2012 SLICC criterion.");

    /// <inheritdoc/>
    public override IReadOnlyList<EvaluationDiagnostic> Validate(Slicc2012Input input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var diagnostics = new List<EvaluationDiagnostic>();
        var counted = CheckList(input.Criteria, "$.criteria", diagnostics);
        _ = CheckList(input.OtherCause, "$.otherCause", diagnostics);
        for (var i = 0; i < input.OtherCause.Length; i++)
        {
            if (counted.Contains(input.OtherCause[i]))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(
                    Slicc2012DiagnosticCodes.CriterionContradictory,
                    "the criterion is listed both as attributed to SLE ('criteria') and as explained by another cause ('otherCause'); list it once",
                    $"$.otherCause[{i}]",
                    value: DiagnosticValues.Of(input.OtherCause[i], LupusJsonContext.Default.Slicc2012Criterion)));
            }
        }

        var coombs = input.Criteria.IndexOf(Slicc2012Criterion.DirectCoombsTest);
        if (coombs >= 0 && HemolyticAnemiaPresent(input))
        {
            diagnostics.Add(EvaluationDiagnostic.Warning(
                Slicc2012DiagnosticCodes.CoombsWithHemolyticAnemia,
                "a positive direct Coombs test counts only in the absence of haemolytic anaemia, which is also listed; the Coombs test is not counted",
                $"$.criteria[{coombs}]"));
        }

        return diagnostics;
    }

    /// <inheritdoc/>
    protected override Slicc2012Result ComputeCore(Slicc2012Input input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var present = input.Criteria.Distinct().ToHashSet();
        var notCounted = ImmutableArray<Slicc2012Criterion>.Empty;
        if (present.Contains(Slicc2012Criterion.DirectCoombsTest) && HemolyticAnemiaPresent(input))
        {
            present.Remove(Slicc2012Criterion.DirectCoombsTest);
            notCounted = [Slicc2012Criterion.DirectCoombsTest];
        }

        ImmutableArray<Slicc2012Criterion> clinical = [.. All.Where(c => present.Contains(c) && IsClinical(c))];
        ImmutableArray<Slicc2012Criterion> immunologic = [.. All.Where(c => present.Contains(c) && !IsClinical(c))];
        var count = clinical.Length + immunologic.Length;
        var counting = count >= MinimumCriteria && clinical.Length >= 1 && immunologic.Length >= 1;
        var nephritis = input.BiopsyProvenLupusNephritis
            && (present.Contains(Slicc2012Criterion.Ana) || present.Contains(Slicc2012Criterion.AntiDsDna));
        var rule = counting ? Slicc2012Rule.FourCriteria
            : nephritis ? Slicc2012Rule.BiopsyProvenNephritis
            : clinical.Length == 0 ? Slicc2012Rule.NoClinicalCriterion
            : immunologic.Length == 0 ? Slicc2012Rule.NoImmunologicCriterion
            : Slicc2012Rule.FewerThanFourCriteria;
        return new Slicc2012Result
        {
            Classified = counting || nephritis,
            DecidingRule = rule,
            CountingRuleMet = counting,
            NephritisRouteMet = nephritis,
            CriteriaCount = count,
            Clinical = clinical,
            Immunologic = immunologic,
            NotCounted = notCounted,
            OtherCause = [.. input.OtherCause.Distinct()],
        };
    }

    private static bool HemolyticAnemiaPresent(Slicc2012Input input) =>
        input.Criteria.Contains(Slicc2012Criterion.HemolyticAnemia) || input.OtherCause.Contains(Slicc2012Criterion.HemolyticAnemia);

    private static HashSet<Slicc2012Criterion> CheckList(ImmutableArray<Slicc2012Criterion> criteria, string path, List<EvaluationDiagnostic> diagnostics)
    {
        var seen = new HashSet<Slicc2012Criterion>();
        for (var i = 0; i < criteria.Length; i++)
        {
            if (!Enum.IsDefined(criteria[i]))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(Slicc2012DiagnosticCodes.CriterionUndefined, "the criterion is not one of the 17 criteria of the 2012 SLICC classification criteria", $"{path}[{i}]", value: DiagnosticValues.Of(criteria[i], LupusJsonContext.Default.Slicc2012Criterion)));
            }
            else if (!seen.Add(criteria[i]))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(Slicc2012DiagnosticCodes.CriterionDuplicated, "the criterion is listed more than once; list each criterion once", $"{path}[{i}]", value: DiagnosticValues.Of(criteria[i], LupusJsonContext.Default.Slicc2012Criterion)));
            }
        }

        return seen;
    }
}
