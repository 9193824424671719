using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Samples.Glimmer;

/// <summary>
/// The toy module: <b>glimmer arthritis is a made-up disease</b>, invented for this sample. Nothing here is clinical
/// knowledge; the module shows the shape of a real one (ids, kinds, an instrument with definition sets, cited
/// mechanisms, evaluators, a verdict contributor), built only on the public API of the core package.
/// </summary>
public sealed class GlimmerModule : IDiseaseModule
{
    /// <inheritdoc/>
    public DiseaseDescriptor Disease { get; } = new()
    {
        Id = GlimmerIds.Glimmer,
        Name = "Glimmer arthritis (a made-up toy disease for the CustomModule sample; not a real condition)",
        Module = "AutoimmuneResistance.Samples.CustomModule",
        Version = "0.1.0-sample",
    };

    /// <inheritdoc/>
    public void Configure(DiseaseModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context
            .AddJsonTypeInfoResolver(GlimmerJsonContext.Default)
            .AddDerivedType<DiseaseFeatures, GlimmerFeatures>("glimmer.features")
            .AddDerivedType<InstrumentAssessment, GlimmerJointCountVisit>("glimmer.joint-count")
            .AddDefinitionSet(GlimmerDefinitions.Standard, isDefault: true)
            .AddDefinitionSet(GlimmerDefinitions.Strict, isDefault: false)
            .AddMechanisms(GlimmerMechanisms.All)
            .AddInstrument(new GlimmerJointCount())
            .AddEvaluator(new GlimmerActivityEvaluator())
            .AddEvaluator(new GlimmerAdherenceEvaluator())
            .AddVerdictContributor(new GlimmerVerdictContributor());
    }
}

/// <summary>The toy module's ids: every one starts with the disease id <c>glimmer</c> and a dot.</summary>
public static class GlimmerIds
{
    /// <summary>Gets the toy disease id, <c>glimmer</c>.</summary>
    public static DiseaseId Glimmer { get; } = DiseaseId.Create("glimmer");

    /// <summary>Gets the toy joint count instrument id, <c>glimmer.joint-count</c>.</summary>
    public static InstrumentId JointCount { get; } = InstrumentId.Create("glimmer.joint-count");
}

/// <summary>The toy module's mechanisms, each traced to a publication.</summary>
public static class GlimmerMechanisms
{
    /// <summary>Gets the toy activity mechanism: the disease stays active on a therapy.</summary>
    public static MechanismId ActiveOnTherapy { get; } = MechanismId.Create("glimmer.active-on-therapy");

    /// <summary>Gets the toy non-adherence mechanism: refills cover too few days.</summary>
    public static MechanismId NonAdherence { get; } = MechanismId.Create("glimmer.non-adherence");

    /// <summary>
    /// Gets the joint-count publication the toy instrument imitates: Prevoo MLL, et al. Arthritis Rheum
    /// 1995;38(1):44-8, doi:10.1002/art.1780380107 (the 28-joint count). The toy's cut-offs are invented.
    /// </summary>
    public static Citation Prevoo1995 { get; } = new(
        "Prevoo MLL, van 't Hof MA, Kuper HH, van Leeuwen MA, van de Putte LBA, van Riel PLCM.", 1995,
        "Modified disease activity scores that include twenty-eight-joint counts",
        "Arthritis Rheum 1995;38(1):44-8", "10.1002/art.1780380107");

    /// <summary>Gets every mechanism of the module.</summary>
    public static ImmutableArray<ResistanceMechanism> All { get; } =
    [
        new()
        {
            Id = ActiveOnTherapy,
            Title = "Toy disease active on therapy",
            Category = MechanismCategory.ResponseClassification,
            Description = "Swollen joints above the toy cut-off after the toy trial period (an invented rule on a real joint count).",
            Sources = [Prevoo1995],
        },
        new()
        {
            Id = NonAdherence,
            Title = "Toy therapy not taken",
            Category = MechanismCategory.NonAdherence,
            Description = "Refills covering fewer than 80 % of days (Karve 2009), the core's refill-adherence check.",
            Sources = [RefillAdherenceCheck.Source],
        },
    ];
}

/// <summary>The toy disease's features on a diagnosis (<c>$kind</c> <c>glimmer.features</c>).</summary>
public sealed record GlimmerFeatures : DiseaseFeatures
{
    /// <summary>Gets whether the toy disease sparkles (an invented feature).</summary>
    public bool Sparkling { get; init; }
}

/// <summary>A toy joint count recorded at a visit (<c>$kind</c> <c>glimmer.joint-count</c>).</summary>
public sealed record GlimmerJointCountVisit : InstrumentAssessment
{
    /// <summary>Gets the number of swollen joints, 0 to 28.</summary>
    public required int SwollenJoints { get; init; }
}

/// <summary>
/// The toy cut-offs, as definition sets: where published definitions disagree, each variant is a set, one is the
/// default, and users select another with <c>UseDefinitionSet</c>. Both are invented for the sample.
/// </summary>
public sealed record GlimmerDefinitions : DefinitionSet
{
    /// <summary>Gets the default set: active above 3 swollen joints, judged after 90 days.</summary>
    public static GlimmerDefinitions Standard { get; } = new()
    {
        Id = DefinitionSetId.Create("glimmer.standard"),
        Version = "1",
        Title = "Toy standard (invented)",
        ActiveAbove = 3,
        TrialDays = 90,
        Sources = [GlimmerMechanisms.Prevoo1995],
    };

    /// <summary>Gets a stricter set: active above 1 swollen joint, judged after 90 days.</summary>
    public static GlimmerDefinitions Strict { get; } = Standard with { Id = DefinitionSetId.Create("glimmer.strict"), Title = "Toy strict (invented)", ActiveAbove = 1 };

    /// <summary>Gets the swollen-joint count above which the toy disease is active.</summary>
    public required int ActiveAbove { get; init; }

    /// <summary>Gets the days of therapy after which a count is judged.</summary>
    public required int TrialDays { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<string> Validate() =>
        ActiveAbove is < 0 or > 28 || TrialDays < 1 ? ["ActiveAbove must lie between 0 and 28 and TrialDays be positive"] : [];
}

/// <summary>The toy module's source-generated JSON metadata (no reflection at run time).</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.General,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowOutOfOrderMetadataProperties = true,
    MaxDepth = 32)]
[JsonSerializable(typeof(GlimmerFeatures))]
[JsonSerializable(typeof(GlimmerJointCountVisit))]
[JsonSerializable(typeof(GlimmerJointCountInput))]
[JsonSerializable(typeof(GlimmerJointCountResult))]
internal sealed partial class GlimmerJsonContext : JsonSerializerContext;

/// <summary>Adds the toy module to a pipeline builder.</summary>
public static class GlimmerPipelineBuilderExtensions
{
    /// <summary>Adds the toy glimmer arthritis module.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static ResistancePipelineBuilder AddGlimmer(this ResistancePipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddModule(new GlimmerModule());
    }
}
