using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// Reads and writes a <see cref="QuantityUnit"/> as its UCUM code (for example <c>"mg/dL"</c>), also as a dictionary key.
/// </summary>
/// <remarks>
/// Strict: numbers and unknown or differently-cased codes are rejected with a <see cref="JsonException"/>. Uses the
/// switches in <see cref="QuantityUnits"/>, not reflection.
/// </remarks>
public sealed class QuantityUnitJsonConverter : JsonConverter<QuantityUnit>, IJsonSchemaSource
{
    /// <inheritdoc/>
    public override QuantityUnit Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A {nameof(QuantityUnit)} must be a string holding a UCUM code; found {reader.TokenType}.");
        }

        return FromCode(reader.GetString()!);
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException"><paramref name="value"/> is not a defined member.</exception>
    public override void Write(Utf8JsonWriter writer, QuantityUnit value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(ToCode(value));
    }

    /// <inheritdoc/>
    public override QuantityUnit ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FromCode(reader.GetString()!);

    /// <inheritdoc/>
    /// <exception cref="JsonException"><paramref name="value"/> is not a defined member.</exception>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, QuantityUnit value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(ToCode(value));
    }

    private static QuantityUnit FromCode(string code) =>
        QuantityUnits.TryParseUcum(code, out var unit)
            ? unit
            : throw new JsonValueException("The unit is not a UCUM code this library supports (codes are case-sensitive, e.g. 'mg/dL').", code);

    private static string ToCode(QuantityUnit unit) =>
        QuantityUnits.IsDefined(unit)
            ? QuantityUnits.ToUcum(unit)
            : throw new JsonException($"Cannot write {QuantityUnits.Describe(unit)}: it is not a {nameof(QuantityUnit)} member.");

    /// <inheritdoc/>
    JsonObject IJsonSchemaSource.GetSchema()
    {
        var units = new JsonArray();
        foreach (var unit in Enum.GetValues<QuantityUnit>())
        {
            units.Add((JsonNode?)JsonValue.Create(QuantityUnits.ToUcum(unit)));
        }

        return new JsonObject { ["enum"] = units, ["description"] = "A UCUM unit code." };
    }
}
