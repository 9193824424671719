using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>How serious a diagnostic is.</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<DiagnosticSeverity>))]
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; nothing is wrong.</summary>
    [JsonStringEnumMemberName("information")]
    Information = 1,

    /// <summary>Suspicious data or a safety flag; evaluation went ahead.</summary>
    [JsonStringEnumMemberName("warning")]
    Warning = 2,

    /// <summary>The record, or one evaluator's part of it, could not be processed.</summary>
    [JsonStringEnumMemberName("error")]
    Error = 3,
}
