using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// Reads and writes a quantity as <c>{"value": 7.5, "unit": "mg"}</c>, with the unit as its UCUM code.
/// </summary>
/// <remarks>
/// Reading is strict and validates like the type's <c>Create</c> factory: both properties are required, a property may
/// appear once, unknown properties are rejected, <c>value</c> must be a JSON number and <c>unit</c> a UCUM code the type
/// accepts. Property names match exactly, or ignoring case when
/// <see cref="JsonSerializerOptions.PropertyNameCaseInsensitive"/> is set. Every failure is a <see cref="JsonException"/>
/// whose message names the offending property, the allowed units or the allowed range. Writing is deterministic: the
/// value carries no trailing zeros and the property order is always <c>value</c>, then <c>unit</c>. Uses no reflection.
/// </remarks>
/// <typeparam name="T">The quantity type.</typeparam>
public sealed class QuantityJsonConverter<T> : JsonConverter<T>, IJsonSchemaSource
    where T : struct, IQuantity<T>
{
    private const string ValueProperty = "value";
    private const string UnitProperty = "unit";

    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // A valid quantity, as the contract writes it, is read on a copy of the reader without allocating; anything
        // else (and case-insensitive names) is read again from the start by the checked path, so every error keeps
        // its message.
        if (!options.PropertyNameCaseInsensitive)
        {
            var attempt = reader;
            try
            {
                if (TryReadValid(ref attempt, out var quantity))
                {
                    reader = attempt;
                    return quantity;
                }
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                // Malformed JSON: the checked path meets it at the same token and reports it as before.
            }
        }

        return ReadChecked(ref reader, options);
    }

    /// <summary>
    /// Reads a valid quantity with exactly named properties, or declines (returns <see langword="false"/>, or lets a
    /// reader exception through) wherever the checked read would fail or might see it differently. Allocates nothing.
    /// </summary>
    /// <param name="reader">A reader on the quantity's first token; on success, on its last.</param>
    /// <param name="quantity">The quantity, as <see cref="Read"/> would return it.</param>
    /// <returns><see langword="true"/> when the quantity was read.</returns>
    internal static bool TryReadValid(ref Utf8JsonReader reader, out T quantity)
    {
        quantity = default;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        decimal value = 0m;
        var hasValue = false;
        QuantityUnit unit = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("value"u8))
            {
                if (hasValue || !reader.Read() || reader.TokenType != JsonTokenType.Number || !JsonNumbers.TryGetDecimal(ref reader, out value))
                {
                    return false;
                }

                hasValue = true;
            }
            else if (reader.ValueTextEquals("unit"u8))
            {
                if (unit != 0 || !reader.Read() || reader.TokenType != JsonTokenType.String || !TryReadUnit(ref reader, out unit))
                {
                    return false;
                }
            }
            else
            {
                return false;
            }
        }

        // TryCreate validates once and normalizes, as Validate followed by Create does.
        return reader.TokenType == JsonTokenType.EndObject && hasValue && unit != 0 && Contains(T.Units, unit)
            && T.TryCreate(value, unit, out quantity);
    }

    // The unit's bytes, unescaped into a small buffer when the text uses escapes (no supported code is long).
    private static bool TryReadUnit(ref Utf8JsonReader reader, out QuantityUnit unit)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            return QuantityUnits.TryParseUcum(reader.ValueSpan, out unit);
        }

        Span<byte> text = stackalloc byte[64];
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > text.Length)
        {
            unit = 0;
            return false;
        }

        return QuantityUnits.TryParseUcum(text[..reader.CopyString(text)], out unit);
    }

    // The original read, unchanged: it decides every document the attempt above declines, and every error message.
    internal static T ReadChecked(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var name = typeof(T).Name;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A {name} must be a JSON object with '{ValueProperty}' and '{UnitProperty}'; found {reader.TokenType}.");
        }

        var comparison = options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        decimal? value = null;
        QuantityUnit? unit = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.GetString()!;
            reader.Read();
            if (string.Equals(property, ValueProperty, comparison))
            {
                if (value is not null)
                {
                    throw new JsonException($"A {name} has '{ValueProperty}' twice.");
                }

                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out var number))
                {
                    throw new JsonException($"The '{ValueProperty}' of a {name} must be a JSON number within decimal range; found {reader.TokenType}.");
                }

                value = number;
            }
            else if (string.Equals(property, UnitProperty, comparison))
            {
                if (unit is not null)
                {
                    throw new JsonException($"A {name} has '{UnitProperty}' twice.");
                }

                if (reader.TokenType != JsonTokenType.String)
                {
                    throw new JsonException($"The '{UnitProperty}' of a {name} must be a string holding a UCUM code ({QuantityUnits.List(T.Units)}); found {reader.TokenType}.");
                }

                var code = reader.GetString();
                if (!QuantityUnits.TryParseUcum(code, out var parsed) || !Contains(T.Units, parsed))
                {
                    throw new JsonValueException($"The unit is not one a {name} accepts; allowed units: {QuantityUnits.List(T.Units)}.", code!);
                }

                unit = parsed;
            }
            else
            {
                throw new JsonException($"A {name} has only '{ValueProperty}' and '{UnitProperty}'; found '{Truncate(property)}'.");
            }
        }

        if (value is null)
        {
            throw new JsonException($"A {name} needs a '{ValueProperty}' property.");
        }

        if (unit is null)
        {
            throw new JsonException($"A {name} needs a '{UnitProperty}' property.");
        }

        var error = T.Validate(value.Value, unit.Value);
        if (error is not null)
        {
            throw new JsonValueException(QuantityRules.WithoutValue(error), QuantityRules.Format(value.Value, unit.Value));
        }

        return T.Create(value.Value, unit.Value);
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">
    /// <paramref name="value"/> has no defined unit (a <c>default</c> <see cref="Quantity"/>) or is outside its type's
    /// range (a <c>default</c> <see cref="BodyWeight"/> is 0 kg): the contract never writes a document it cannot read.
    /// </exception>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (!QuantityUnits.IsDefined(value.Unit))
        {
            throw new JsonException($"Cannot write a {typeof(T).Name} without a unit; a default value is not a measurement.");
        }

        if (T.Validate(value.Value, value.Unit) is { } error)
        {
            throw new JsonException($"Cannot write an invalid {typeof(T).Name}: {error}");
        }

        writer.WriteStartObject();
        writer.WriteNumber(ValueProperty, UnitConversion.Normalize(value.Value));
        writer.WriteString(UnitProperty, QuantityUnits.ToUcum(value.Unit));
        writer.WriteEndObject();
    }

    private static bool Contains(IReadOnlyList<QuantityUnit> units, QuantityUnit unit)
    {
        for (var i = 0; i < units.Count; i++)
        {
            if (units[i] == unit)
            {
                return true;
            }
        }

        return false;
    }

    // Diagnostics must not echo arbitrarily long input back to the caller.
    private static string Truncate(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");

    /// <inheritdoc/>
    JsonObject IJsonSchemaSource.GetSchema()
    {
        var units = new JsonArray();
        foreach (var unit in T.Units)
        {
            units.Add((JsonNode?)JsonValue.Create(QuantityUnits.ToUcum(unit)));
        }

        return new JsonObject
        {
            ["type"] = "object",
            ["description"] = $"{typeof(T).Name}: a value with its UCUM unit.",
            ["properties"] = new JsonObject
            {
                [ValueProperty] = new JsonObject { ["type"] = "number" },
                [UnitProperty] = new JsonObject { ["enum"] = units },
            },
            ["required"] = new JsonArray(ValueProperty, UnitProperty),
            ["additionalProperties"] = false,
        };
    }
}
