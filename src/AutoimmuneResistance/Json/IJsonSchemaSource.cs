using System.Text.Json.Nodes;

namespace AutoimmuneResistance;

/// <summary>
/// Implemented by the library's hand-written JSON converters so that the exported JSON Schema describes their wire
/// shape (the schema exporter cannot see inside a custom converter).
/// </summary>
internal interface IJsonSchemaSource
{
    /// <summary>Returns a fresh schema node for the converted type.</summary>
    JsonObject GetSchema();
}
