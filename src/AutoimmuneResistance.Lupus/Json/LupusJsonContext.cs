using System.Text.Json;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Lupus;

/// <summary>Source-generated JSON metadata for the lupus module's types, with the core's strictness settings.</summary>
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
[JsonSerializable(typeof(LupusFeatures))]
[JsonSerializable(typeof(Sledai2kVisit))]
[JsonSerializable(typeof(PhysicianGlobalAssessment))]
[JsonSerializable(typeof(MaintenanceTherapyReview))]
[JsonSerializable(typeof(BilagVisit))]
[JsonSerializable(typeof(InterferonGeneSignature))]
[JsonSerializable(typeof(BlysLevel))]
[JsonSerializable(typeof(BCellDepletion))]
[JsonSerializable(typeof(CourseClassificationDetail))]
[JsonSerializable(typeof(PharmacogenomicsDetail))]
[JsonSerializable(typeof(Sledai2kResult))]
[JsonSerializable(typeof(Sri4Input))]
[JsonSerializable(typeof(Sri4Result))]
[JsonSerializable(typeof(LldasInput))]
[JsonSerializable(typeof(LldasResult))]
[JsonSerializable(typeof(DorisRemissionInput))]
[JsonSerializable(typeof(DorisRemissionResult))]
[JsonSerializable(typeof(GlucocorticoidExposureInput))]
[JsonSerializable(typeof(GlucocorticoidExposureResult))]
[JsonSerializable(typeof(HydroxychloroquineInput))]
[JsonSerializable(typeof(HydroxychloroquineResult))]
[JsonSerializable(typeof(NephritisResponseInput))]
[JsonSerializable(typeof(NephritisResponseResult))]
[JsonSerializable(typeof(RefractoryNephritisInput))]
[JsonSerializable(typeof(RefractoryNephritisResult))]
[JsonSerializable(typeof(DamageIndexInput))]
[JsonSerializable(typeof(DamageIndexResult))]
[JsonSerializable(typeof(DamageIndexAssessment))]
[JsonSerializable(typeof(DamageIndexDefinitions))]
[JsonSerializable(typeof(Classification2019Input))]
[JsonSerializable(typeof(Classification2019Result))]
[JsonSerializable(typeof(Slicc2012Input))]
[JsonSerializable(typeof(Slicc2012Result))]
[JsonSerializable(typeof(SleDasInput))]
[JsonSerializable(typeof(SleDasResult))]
internal sealed partial class LupusJsonContext : JsonSerializerContext;
