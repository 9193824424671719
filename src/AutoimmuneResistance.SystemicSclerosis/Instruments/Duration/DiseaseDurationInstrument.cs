using System.Collections.Immutable;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// Early versus late diffuse cutaneous systemic sclerosis (instrument <c>ssc.disease-duration</c>): disease duration in
/// completed calendar months from the first non-Raynaud manifestation, compared with a configurable cut-off
/// (<see cref="EarlyDiffuseDefinitions"/>; default early below 60 months).
/// </summary>
/// <remarks>
/// Project clinical reference section 12.2: no single standard cut-off exists; CRISS development and many trials used ≤ 5
/// years (UNCONFIRMED), the PRESS cohort ≤ 2 years, Pittsburgh data &lt; 18 months at trial entry (and found onset from
/// the first SSc or the first non-Raynaud manifestation interchangeable).
/// </remarks>
public sealed class DiseaseDurationInstrument : DefinitionSetInstrument<DiseaseDurationInput, DiseaseDurationResult, EarlyDiffuseDefinitions>
{
    /// <summary>Creates the instrument with the published conventions (<see cref="EarlyDiffuseDefinitions.Below60Months"/> the default).</summary>
    public DiseaseDurationInstrument()
        : this([EarlyDiffuseDefinitions.Below60Months, EarlyDiffuseDefinitions.Press24Months, EarlyDiffuseDefinitions.Pittsburgh18Months])
    {
    }

    /// <summary>Creates the instrument with the definition sets an input may select by id.</summary>
    /// <param name="definitionSets">The sets; at least one, valid, with unique ids; the first is the default.</param>
    /// <exception cref="ArgumentException">No set was given, a set is invalid, or two share an id.</exception>
    public DiseaseDurationInstrument(IEnumerable<EarlyDiffuseDefinitions> definitionSets)
        : base(definitionSets, SystemicSclerosisDiagnosticCodes.UnknownDefinitionSet)
    {
    }

    /// <inheritdoc/>
    public override InstrumentDescriptor Descriptor { get; } = new()
    {
        Id = SystemicSclerosisIds.DiseaseDuration,
        Title = "Early versus late diffuse cutaneous systemic sclerosis (duration from the first non-Raynaud manifestation)",
        Version = "1.0.0",
        Sources = [SscCitations.Khanna2016Criss, SscCitations.Press2021, SscCitations.Pittsburgh2021],
        Documentation = "docs/instruments/ssc.disease-duration.md",
    };

    /// <inheritdoc/>
    protected override void CheckInput(DiseaseDurationInput input, List<EvaluationDiagnostic> diagnostics)
    {
        if (!Enum.IsDefined(input.Subset))
        {
            diagnostics.Add(EvaluationDiagnostic.Error(SystemicSclerosisDiagnosticCodes.UndefinedValue, "the subset must be 'diffuse' or 'limited'", "$.subset", value: DiagnosticValues.Of(input.Subset, SystemicSclerosisJsonContext.Default.CutaneousSubset)));
        }

        if (input.FirstNonRaynaudManifestation > input.On)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(SystemicSclerosisDiagnosticCodes.DurationOnsetAfterAssessment, "the first non-Raynaud manifestation must not be after the assessment date", "$.firstNonRaynaudManifestation", value: DiagnosticValues.Of(input.FirstNonRaynaudManifestation)));
        }
    }

    /// <inheritdoc/>
    protected override DiseaseDurationResult ComputeCore(DiseaseDurationInput input, EarlyDiffuseDefinitions definitions) => ComputeValid(input, definitions);

    /// <summary>Computes a valid input under a given definition set without checking it (for evaluators that build the input from validated profile data).</summary>
    internal static DiseaseDurationResult ComputeValid(DiseaseDurationInput input, EarlyDiffuseDefinitions definitions)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(definitions);
        var months = CalendarMonths.Completed(input.FirstNonRaynaudManifestation, input.On);
        var early = definitions.Inclusive ? months <= definitions.ThresholdMonths : months < definitions.ThresholdMonths;
        var diffuse = input.Subset == CutaneousSubset.Diffuse;
        return new DiseaseDurationResult
        {
            Months = months,
            WithinEarlyCutOff = early,
            EarlyDiffuse = diffuse && early,
            LateDiffuse = diffuse && !early,
            ThresholdMonths = definitions.ThresholdMonths,
            Inclusive = definitions.Inclusive,
            Definitions = definitions.Id,
            DefinitionsVersion = definitions.Version,
            Sources = definitions.Sources,
        };
    }
}
