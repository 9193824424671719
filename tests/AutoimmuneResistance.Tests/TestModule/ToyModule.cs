using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Tests.TestModule;

// A deliberately small disease module that uses only the public module contract, the way a contributor's module
// would: its own disease id, JSON kinds, definition sets, mechanism, validator, evaluators and verdict contributor.
public sealed class ToyModule(bool includeFailingEvaluator = false) : IDiseaseModule
{
    public static readonly DiseaseId Toy = DiseaseId.Create("toy");
    public static readonly MechanismId LowLevel = MechanismId.Create("toy.low-drug-level");

    public DiseaseDescriptor Disease { get; } = new()
    {
        Id = Toy,
        Name = "Toy disease",
        Module = "AutoimmuneResistance.Tests.ToyModule",
        Version = "9.9.9",
    };

    public void Configure(DiseaseModuleContext context)
    {
        context
            .AddJsonTypeInfoResolver(ToyJsonContext.Default)
            .AddDerivedType<DiseaseFeatures, ToyFeatures>("toy.features")
            .AddDerivedType<InstrumentAssessment, ToyActivity>("toy.activity")
            .AddDerivedType<FindingDetail, ToyDetail>("toy.detail")
            .AddDefinitionSet(ToyDefinitions.Strict, isDefault: true)
            .AddDefinitionSet(ToyDefinitions.Lenient, isDefault: false)
            .AddMechanisms(
            [
                new ResistanceMechanism
                {
                    Id = LowLevel,
                    Title = "Low drug level",
                    Category = MechanismCategory.NonAdherence,
                    Description = "A drug level below the toy threshold.",
                    Claims = [SeedClaimId.Create("L7")],
                },
            ])
            .AddProfileValidator(new ToyValidator())
            .AddInstrument(new ToyScore())
            .AddEvaluator(new ToyLevelEvaluator())
            .AddVerdictContributor(new ToyVerdictContributor())
            .AddTreatmentOptions([ToyVerdictContributor.Switch]);
        if (includeFailingEvaluator)
        {
            context.AddEvaluator(new ThrowingEvaluator());
        }
    }
}

public sealed record ToyFeatures : DiseaseFeatures
{
    public bool Severe { get; init; }
}

public sealed record ToyActivity : InstrumentAssessment
{
    public required int Score { get; init; }
}

public sealed record ToyDetail : FindingDetail
{
    public required decimal Margin { get; init; }
}

public sealed record ToyDefinitions : DefinitionSet
{
    public static ToyDefinitions Strict { get; } = new() { Id = DefinitionSetId.Create("toy.strict"), Version = "1", Title = "Strict", Threshold = 200m };

    public static ToyDefinitions Lenient { get; } = new() { Id = DefinitionSetId.Create("toy.lenient"), Version = "1", Title = "Lenient", Threshold = 100m };

    public required decimal Threshold { get; init; }

    public override IReadOnlyList<string> Validate() => Threshold > 0 ? [] : ["Threshold must be positive"];
}

public sealed class ToyValidator : IProfileValidator
{
    public void Validate(PatientProfile profile, ICollection<EvaluationDiagnostic> diagnostics)
    {
        for (var i = 0; i < profile.Assessments.Length; i++)
        {
            if (profile.Assessments[i] is ToyActivity { Score: < 0 or > 10 })
            {
                diagnostics.Add(EvaluationDiagnostic.Error("AIR9001", "toy activity must be between 0 and 10", $"$.assessments[{i}].score"));
            }
        }
    }
}

// Reports whether the latest whole-blood level of any drug is below the selected definition set's threshold.
public sealed class ToyLevelEvaluator : IResistanceEvaluator
{
    public static readonly EvaluatorId Id = EvaluatorId.Create("toy.level");

    private static readonly RuleId Rule = RuleId.Create("toy.level.below-threshold");

    public EvaluatorDescriptor Descriptor { get; } = new()
    {
        Id = Id,
        Title = "Toy drug level",
        AppliesTo = [ToyModule.Toy],
        Mechanisms = [ToyModule.LowLevel],
    };

    public void Evaluate(EvaluationContext context, EvaluationOutput output)
    {
        var threshold = context.Definitions.Get<ToyDefinitions>().Threshold;
        var levels = context.Patient.DrugLevels;
        if (levels.IsEmpty)
        {
            output.Add(Finding.Unknown(Id, ToyModule.LowLevel, Rule, "No drug level.", EvidenceGrade.ExpertOpinion, new DataGap { Datum = "a drug level", Path = "$.drugLevels" }));
            return;
        }

        var level = levels[^1].Level.Value;
        var finding = level < threshold
            ? Finding.Supported(Id, ToyModule.LowLevel, Rule, "Level below threshold.", EvidenceGrade.ExpertOpinion)
            : Finding.NotSupported(Id, ToyModule.LowLevel, Rule, "Level at or above threshold.", EvidenceGrade.ExpertOpinion);
        output.Add(finding with
        {
            Facts = [$"$.drugLevels[{levels.Length - 1}]"],
            Thresholds = [new AppliedThreshold { Name = "toy level", Operator = ComparisonOperator.LessThan, Limit = threshold, Unit = QuantityUnit.NanogramPerMilliliter, Observed = level }],
            Detail = new ToyDetail { Margin = level - threshold },
        });
    }
}

public sealed class ThrowingEvaluator : IResistanceEvaluator
{
    public EvaluatorDescriptor Descriptor { get; } = new() { Id = EvaluatorId.Create("toy.throws"), Title = "Always throws" };

    public void Evaluate(EvaluationContext context, EvaluationOutput output)
    {
        output.Add(Finding.Supported(Descriptor.Id, MechanismCatalog.CoreId(MechanismCategory.Exposure), RuleId.Create("toy.partial"), "Partial.", EvidenceGrade.ExpertOpinion));
        throw new InvalidOperationException("boom");
    }
}

[JsonSourceGenerationOptions(
    System.Text.Json.JsonSerializerDefaults.General,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowOutOfOrderMetadataProperties = true)]
[JsonSerializable(typeof(ToyFeatures))]
[JsonSerializable(typeof(ToyActivity))]
[JsonSerializable(typeof(ToyDetail))]
[JsonSerializable(typeof(ToyScoreInput))]
[JsonSerializable(typeof(ToyScoreResult))]
internal sealed partial class ToyJsonContext : JsonSerializerContext;
