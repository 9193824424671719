using System.Text.Json;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Tests.Coding;

/// <summary>Test-only source-generated context: the tests run with the reflection-based serializer switched off.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CodeSystem))]
[JsonSerializable(typeof(ClinicalCode))]
[JsonSerializable(typeof(Citation))]
[JsonSerializable(typeof(List<ClinicalCode>))]
[JsonSerializable(typeof(Dictionary<CodeSystem, string>))]
[JsonSerializable(typeof(CodedHolder))]
internal sealed partial class CodingJsonContext : JsonSerializerContext;

/// <summary>A document holding the coding types as members, to check the JSON path reported on errors.</summary>
internal sealed record CodedHolder(ClinicalCode Code, CodeSystem System, Citation? Source);
