using System.Text.Json;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Source-generated JSON metadata for the SLICC/ACR Damage Index and 2019 EULAR/ACR classification types, with the
/// core's strictness settings (the same options as <see cref="LupusJsonContext"/>).
/// </summary>
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
[JsonSerializable(typeof(DamageIndexInput))]
[JsonSerializable(typeof(DamageIndexResult))]
[JsonSerializable(typeof(DamageIndexAssessment))]
[JsonSerializable(typeof(DamageIndexDefinitions))]
[JsonSerializable(typeof(Classification2019Input))]
[JsonSerializable(typeof(Classification2019Result))]
internal sealed partial class DamageJsonContext : JsonSerializerContext;
