using System.Text.Json;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>Source-generated JSON metadata for the systemic sclerosis module's types, with the core's strictness settings.</summary>
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
[JsonSerializable(typeof(Classification2013Input))]
[JsonSerializable(typeof(Classification2013Result))]
[JsonSerializable(typeof(MrssInput))]
[JsonSerializable(typeof(MrssResult))]
[JsonSerializable(typeof(CrissInput))]
[JsonSerializable(typeof(CrissResult))]
[JsonSerializable(typeof(EustarActivityInput))]
[JsonSerializable(typeof(EustarActivityResult))]
[JsonSerializable(typeof(ProgressiveIldInput))]
[JsonSerializable(typeof(ProgressiveIldResult))]
[JsonSerializable(typeof(RenalCrisisGlucocorticoidInput))]
[JsonSerializable(typeof(RenalCrisisGlucocorticoidResult))]
[JsonSerializable(typeof(DiseaseDurationInput))]
[JsonSerializable(typeof(DiseaseDurationResult))]
[JsonSerializable(typeof(AutoantibodyPhenotypeInput))]
[JsonSerializable(typeof(AutoantibodyPhenotypeResult))]
[JsonSerializable(typeof(SscFeatures))]
internal sealed partial class SystemicSclerosisJsonContext : JsonSerializerContext;
