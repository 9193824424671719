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
/// <para>
/// A criterion in none of the input's lists (met, explained by another cause, absent) is absent under the default
/// <see cref="ClassificationDefinitions"/>; under <see cref="ClassificationDefinitions.UnreportedUnknown"/> it is listed
/// as not reported, and the result is not determinate when some completion of the unreported criteria gives the other
/// answer. Because haemolytic anaemia stops a direct Coombs test from counting, an unreported haemolytic anaemia can
/// also take a classification away; every case is checked.
/// </para>
/// </remarks>
public sealed class Slicc2012Classification : DefinitionSetInstrument<Slicc2012Input, Slicc2012Result, ClassificationDefinitions>
{
    /// <summary>Creates the instrument with both registered sets (<see cref="ClassificationDefinitions.Default"/> first).</summary>
    public Slicc2012Classification()
        : this([ClassificationDefinitions.Default, ClassificationDefinitions.UnreportedUnknown])
    {
    }

    /// <summary>Creates the instrument with the sets an input may select by id.</summary>
    /// <param name="definitionSets">The sets; the first is the default.</param>
    /// <exception cref="ArgumentException">No set was given, a set is invalid, or two share an id.</exception>
    public Slicc2012Classification(IEnumerable<ClassificationDefinitions> definitionSets)
        : base(definitionSets, TargetDiagnosticCodes.UnknownDefinitionSet)
    {
    }

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

    private static readonly CriterionLists<Slicc2012Criterion> Lists = new(
        (Slicc2012DiagnosticCodes.CriterionUndefined, Slicc2012DiagnosticCodes.CriterionDuplicated, Slicc2012DiagnosticCodes.CriterionContradictory),
        "the criterion is not one of the 17 criteria of the 2012 SLICC classification criteria",
        "explained by another cause",
        LupusJsonContext.Default.Slicc2012Criterion);

    /// <inheritdoc/>
    protected override void CheckInput(Slicc2012Input input, List<EvaluationDiagnostic> diagnostics)
    {
        Lists.Check(input.Criteria, input.OtherCause, input.Absent, diagnostics);

        var coombs = input.Criteria.IndexOf(Slicc2012Criterion.DirectCoombsTest);
        if (coombs >= 0 && HemolyticAnemiaPresent(input))
        {
            diagnostics.Add(EvaluationDiagnostic.Warning(
                Slicc2012DiagnosticCodes.CoombsWithHemolyticAnemia,
                "a positive direct Coombs test counts only in the absence of haemolytic anaemia, which is also listed; the Coombs test is not counted",
                $"$.criteria[{coombs}]"));
        }
    }

    /// <inheritdoc/>
    protected override Slicc2012Result ComputeCore(Slicc2012Input input, ClassificationDefinitions definitions)
    {
        var present = input.Criteria.Distinct().ToHashSet();
        var explained = input.OtherCause.Contains(Slicc2012Criterion.HemolyticAnemia);
        var reported = Classify(present, explained, input.BiopsyProvenLupusNephritis);
        ImmutableArray<Slicc2012Criterion> notReported = [];
        var determinate = true;
        if (definitions.UnreportedCriteria == UnreportedItemReading.Unknown)
        {
            notReported = [.. All.Where(c => !present.Contains(c) && !input.OtherCause.Contains(c) && !input.Absent.Contains(c))];
            determinate = Completions(present, notReported).All(completed =>
                Classify(completed, explained, input.BiopsyProvenLupusNephritis).Classified == reported.Classified);
        }

        return reported with
        {
            Determinate = determinate,
            NotReported = notReported,
            OtherCause = [.. input.OtherCause.Distinct()],
            Definitions = definitions.Id,
        };
    }

    // The completions that bound the answer. The rule is monotone in the criteria except through haemolytic anaemia,
    // which stops a direct Coombs test from counting; so the extremes are the reported criteria alone and with every
    // unreported one, each with and without an unreported haemolytic anaemia.
    private static IEnumerable<HashSet<Slicc2012Criterion>> Completions(HashSet<Slicc2012Criterion> present, ImmutableArray<Slicc2012Criterion> notReported)
    {
        if (notReported.IsEmpty)
        {
            yield break;
        }

        var anaemiaUnreported = notReported.Contains(Slicc2012Criterion.HemolyticAnemia);
        var all = new HashSet<Slicc2012Criterion>(present);
        all.UnionWith(notReported);
        yield return all;
        if (anaemiaUnreported)
        {
            yield return [.. present, Slicc2012Criterion.HemolyticAnemia];
            yield return [.. all.Where(c => c != Slicc2012Criterion.HemolyticAnemia)];
        }
    }

    private static Slicc2012Result Classify(HashSet<Slicc2012Criterion> criteria, bool anaemiaExplained, bool biopsyProvenNephritis)
    {
        var present = new HashSet<Slicc2012Criterion>(criteria);
        var notCounted = ImmutableArray<Slicc2012Criterion>.Empty;
        if (present.Contains(Slicc2012Criterion.DirectCoombsTest) && (anaemiaExplained || present.Contains(Slicc2012Criterion.HemolyticAnemia)))
        {
            present.Remove(Slicc2012Criterion.DirectCoombsTest);
            notCounted = [Slicc2012Criterion.DirectCoombsTest];
        }

        ImmutableArray<Slicc2012Criterion> clinical = [.. All.Where(c => present.Contains(c) && IsClinical(c))];
        ImmutableArray<Slicc2012Criterion> immunologic = [.. All.Where(c => present.Contains(c) && !IsClinical(c))];
        var count = clinical.Length + immunologic.Length;
        var counting = count >= MinimumCriteria && clinical.Length >= 1 && immunologic.Length >= 1;
        var nephritis = biopsyProvenNephritis
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
        };
    }

    private static bool HemolyticAnemiaPresent(Slicc2012Input input) =>
        input.Criteria.Contains(Slicc2012Criterion.HemolyticAnemia) || input.OtherCause.Contains(Slicc2012Criterion.HemolyticAnemia);
}
