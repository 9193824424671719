using System.Collections.Immutable;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// Scleroderma renal crisis risk from glucocorticoids (instrument <c>ssc.renal-crisis-glucocorticoid-risk</c>): flags a
/// prednisone-equivalent dose of ≥ 15 mg/day taken at any time in the 6 months before the assessment date (Steen VD,
/// Medsger TA Jr. Arthritis Rheum 1998;41(9):1613-9), or under the French recommendations' variant &gt; 15 mg/day within 3
/// months (<see cref="RenalCrisisGlucocorticoidDefinitions"/>). An informational flag, not a prediction.
/// </summary>
/// <remarks>
/// Project clinical reference section 12.1 and discrepancy 8. Other renal crisis risk factors (diffuse skin, rapid skin
/// progression, disease under 3–5 years, anti-RNA polymerase III, new anaemia, recent cardiac event) are not part of
/// this flag. Doses are prednisone-equivalent mg/day (clinical reference section 10.4); converting other
/// glucocorticoids is the caller's.
/// </remarks>
public sealed class RenalCrisisGlucocorticoidRisk : DefinitionSetInstrument<RenalCrisisGlucocorticoidInput, RenalCrisisGlucocorticoidResult, RenalCrisisGlucocorticoidDefinitions>
{
    private const decimal MaximumDose = 2000m;

    /// <summary>Creates the instrument with the published definition sets (<see cref="RenalCrisisGlucocorticoidDefinitions.Steen1998"/> the default).</summary>
    public RenalCrisisGlucocorticoidRisk()
        : this([RenalCrisisGlucocorticoidDefinitions.Steen1998, RenalCrisisGlucocorticoidDefinitions.FrenchPnds2021])
    {
    }

    /// <summary>Creates the instrument with the definition sets an input may select by id.</summary>
    /// <param name="definitionSets">The sets; at least one, valid, with unique ids; the first is the default.</param>
    /// <exception cref="ArgumentException">No set was given, a set is invalid, or two share an id.</exception>
    public RenalCrisisGlucocorticoidRisk(IEnumerable<RenalCrisisGlucocorticoidDefinitions> definitionSets)
        : base(definitionSets, SystemicSclerosisDiagnosticCodes.UnknownDefinitionSet)
    {
    }

    /// <inheritdoc/>
    public override InstrumentDescriptor Descriptor { get; } = new()
    {
        Id = SystemicSclerosisIds.RenalCrisisGlucocorticoidRisk,
        Title = "Scleroderma renal crisis risk from glucocorticoids",
        Version = "1.0.0",
        Sources = [SscCitations.Steen1998, SscCitations.Trang2012, SscCitations.FrenchPnds2021],
        Documentation = "docs/instruments/ssc.renal-crisis-glucocorticoid-risk.md",
    };

    /// <inheritdoc/>
    protected override void CheckInput(RenalCrisisGlucocorticoidInput input, List<EvaluationDiagnostic> diagnostics)
    {
        for (var i = 0; i < input.Exposures.Length; i++)
        {
            var exposure = input.Exposures[i];
            if (exposure.PrednisoneEquivalentMgPerDay is < 0m or > MaximumDose)
            {
                diagnostics.Add(EvaluationDiagnostic.Error(SystemicSclerosisDiagnosticCodes.GlucocorticoidDoseOutOfRange, "the prednisone-equivalent dose must be between 0 and 2000 mg/day", $"$.exposures[{i}].prednisoneEquivalentMgPerDay", value: DiagnosticValues.Of(exposure.PrednisoneEquivalentMgPerDay)));
            }

            if (exposure.To is { } to && to < exposure.From)
            {
                diagnostics.Add(EvaluationDiagnostic.Error(SystemicSclerosisDiagnosticCodes.GlucocorticoidExposureEndBeforeStart, "the exposure ends before it starts", $"$.exposures[{i}].to", value: DiagnosticValues.Of(to)));
            }

            if (exposure.From > input.On)
            {
                diagnostics.Add(EvaluationDiagnostic.Warning(SystemicSclerosisDiagnosticCodes.GlucocorticoidExposureAfterAssessment, "the exposure starts after the assessment date and is not counted", $"$.exposures[{i}].from", value: DiagnosticValues.Of(exposure.From)));
            }
        }
    }

    /// <inheritdoc/>
    protected override RenalCrisisGlucocorticoidResult ComputeCore(RenalCrisisGlucocorticoidInput input, RenalCrisisGlucocorticoidDefinitions definitions) => ComputeValid(input, definitions);

    /// <summary>Computes a valid input under a given definition set without checking it (for evaluators that build the input from validated profile data).</summary>
    internal static RenalCrisisGlucocorticoidResult ComputeValid(RenalCrisisGlucocorticoidInput input, RenalCrisisGlucocorticoidDefinitions definitions)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(definitions);
        var start = input.On.AddMonths(-definitions.LookBackMonths);
        var checks = ImmutableArray.CreateBuilder<RenalCrisisExposureCheck>();
        decimal? maximum = null;
        var flagged = false;
        for (var i = 0; i < input.Exposures.Length; i++)
        {
            var e = input.Exposures[i];
            var inWindow = e.From <= input.On && (e.To ?? input.On) >= start;
            var reaches = definitions.ThresholdInclusive
                ? e.PrednisoneEquivalentMgPerDay >= definitions.DoseThresholdMgPerDay
                : e.PrednisoneEquivalentMgPerDay > definitions.DoseThresholdMgPerDay;
            if (inWindow)
            {
                maximum = Math.Max(maximum ?? 0m, e.PrednisoneEquivalentMgPerDay);
                flagged |= reaches;
            }

            checks.Add(new RenalCrisisExposureCheck { Index = i, InWindow = inWindow, ReachesThreshold = reaches });
        }

        return new RenalCrisisGlucocorticoidResult
        {
            Flagged = flagged,
            WindowStart = start,
            WindowEnd = input.On,
            MaximumDoseInWindow = maximum,
            DoseThresholdMgPerDay = definitions.DoseThresholdMgPerDay,
            ThresholdInclusive = definitions.ThresholdInclusive,
            Exposures = checks.ToImmutable(),
            Definitions = definitions.Id,
            DefinitionsVersion = definitions.Version,
            Sources = definitions.Sources,
        };
    }
}
