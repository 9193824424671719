using System.Text.Json;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// Source-generated JSON metadata for every core type. Strictness is set here so that it applies to module types
/// too (the composed options are built from this context's options): camelCase names, nulls omitted, no number
/// strings, unknown properties and missing required members rejected, nullable annotations respected, and
/// <c>$kind</c> accepted anywhere in an object.
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
[JsonSerializable(typeof(PatientProfile))]
[JsonSerializable(typeof(RecordedScore))]
[JsonSerializable(typeof(ResistanceAssessment))]
[JsonSerializable(typeof(CohortOutcome))]
[JsonSerializable(typeof(EvaluationDiagnostic))]
internal sealed partial class AutoimmuneResistanceJsonContext : JsonSerializerContext;
