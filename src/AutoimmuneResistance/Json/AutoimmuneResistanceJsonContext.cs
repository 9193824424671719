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
[JsonSerializable(typeof(ResultsHeaderLine))]
[JsonSerializable(typeof(ResultsLine))]

// The parts TreatmentOptionJsonConverter reads and writes through the options (a type with its own converter gets no
// generated metadata for its members).
[JsonSerializable(typeof(System.Collections.Immutable.ImmutableArray<TherapyId>))]
[JsonSerializable(typeof(System.Collections.Immutable.ImmutableArray<TreatmentOptionTag>))]
[JsonSerializable(typeof(System.Collections.Immutable.ImmutableArray<string>))]
[JsonSerializable(typeof(EvidenceGrade))]
[JsonSerializable(typeof(System.Collections.Immutable.ImmutableArray<PublishedEffect>))]
internal sealed partial class AutoimmuneResistanceJsonContext : JsonSerializerContext;
