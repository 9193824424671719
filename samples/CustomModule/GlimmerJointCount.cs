using System.Collections.Immutable;

namespace AutoimmuneResistance.Samples.Glimmer;

/// <summary>
/// The toy joint count, <c>glimmer.joint-count</c>: the swollen-joint count of a 28-joint examination (Prevoo 1995)
/// against the selected <see cref="GlimmerDefinitions"/> cut-off, which is invented. Derives from the core's
/// <see cref="DefinitionSetInstrument{TInput, TResult, TDefinitions}"/>: the input may name a set, else the pipeline's
/// selection applies, else the default; <see cref="ClinicalInstrument{TInput, TResult}.Compute(TInput)"/> checks and
/// computes.
/// </summary>
public sealed class GlimmerJointCount() : DefinitionSetInstrument<GlimmerJointCountInput, GlimmerJointCountResult, GlimmerDefinitions>(
    [GlimmerDefinitions.Standard, GlimmerDefinitions.Strict], GlimmerDiagnosticCodes.UnknownDefinitionSet)
{
    /// <inheritdoc/>
    public override InstrumentDescriptor Descriptor { get; } = new()
    {
        Id = GlimmerIds.JointCount,
        Title = "Toy swollen-joint count (invented cut-offs on the 28-joint count of Prevoo 1995)",
        Sources = [GlimmerMechanisms.Prevoo1995],
        Documentation = "samples/CustomModule/README.md",
    };

    /// <inheritdoc/>
    protected override void CheckInput(GlimmerJointCountInput input, List<EvaluationDiagnostic> diagnostics)
    {
        if (input.SwollenJoints is < 0 or > 28)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(GlimmerDiagnosticCodes.JointsOutOfRange, "the swollen-joint count must lie between 0 and 28", "$.swollenJoints", value: DiagnosticValues.Of(input.SwollenJoints)));
        }
    }

    /// <inheritdoc/>
    protected override GlimmerJointCountResult ComputeCore(GlimmerJointCountInput input, GlimmerDefinitions definitions)
    {
        var check = CriterionCheck.Numeric("glimmer.swollen-joints", $"more than {definitions.ActiveAbove} swollen joints (invented cut-off)", ComparisonOperator.GreaterThan, definitions.ActiveAbove, input.SwollenJoints);
        return new GlimmerJointCountResult { Active = check.State == CriterionState.Met, Criteria = [check], Definitions = definitions.Id };
    }
}

/// <summary>The toy joint count's input.</summary>
public sealed record GlimmerJointCountInput : IDefinitionSetSelection
{
    /// <summary>Gets the number of swollen joints, 0 to 28.</summary>
    public required int SwollenJoints { get; init; }

    /// <inheritdoc/>
    public DefinitionSetId? Definitions { get; init; }
}

/// <summary>The toy joint count's result: active or not, with the criterion as applied.</summary>
public sealed record GlimmerJointCountResult
{
    /// <summary>Gets whether the toy disease is active.</summary>
    public required bool Active { get; init; }

    /// <summary>Gets the criterion as applied.</summary>
    public ImmutableArray<CriterionCheck> Criteria { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the definition set applied.</summary>
    public required DefinitionSetId Definitions { get; init; }
}

/// <summary>The toy module's diagnostic codes (a real module documents its range in docs/diagnostics.md).</summary>
public static class GlimmerDiagnosticCodes
{
    /// <summary>An input names a definition set the instrument does not know.</summary>
    public const string UnknownDefinitionSet = "AIR9801";

    /// <summary>A swollen-joint count outside 0 to 28.</summary>
    public const string JointsOutOfRange = "AIR9802";
}
