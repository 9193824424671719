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
[JsonSerializable(typeof(BilagVisit))]
[JsonSerializable(typeof(InterferonGeneSignature))]
[JsonSerializable(typeof(BlysLevel))]
[JsonSerializable(typeof(BCellDepletion))]
[JsonSerializable(typeof(CourseClassificationDetail))]
internal sealed partial class LupusJsonContext : JsonSerializerContext;
