using System.Text.Json;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Source-generated JSON metadata for <see cref="TreatmentOptionsDetail"/> (kind <c>sle.treatment-options</c>), with the
/// core's strictness settings; the module adds it with <c>AddJsonTypeInfoResolver</c>.
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
[JsonSerializable(typeof(TreatmentOptionsDetail))]
internal sealed partial class TreatmentOptionsJsonContext : JsonSerializerContext;
