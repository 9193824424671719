using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// Reads and writes an <see cref="IIdentifier{TSelf}"/> as a JSON string, checking its syntax on read so that an invalid
/// value fails with the JSON path of the offending property. Also used for dictionary keys.
/// </summary>
/// <typeparam name="T">The identifier type.</typeparam>
public sealed class IdentifierJsonConverter<T> : JsonConverter<T>, IJsonSchemaSource
    where T : struct, IIdentifier<T>
{
    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"expected a string holding a {typeof(T).Name}, found {reader.TokenType}");
        }

        return TryReadValid(ref reader, out var value) ? value : FromText(reader.GetString()!);
    }

    /// <summary>Reads the current token as a valid identifier, or declines (returns <see langword="false"/>) where <see cref="Read"/> would fail.</summary>
    /// <param name="reader">A reader on the value's token.</param>
    /// <param name="value">The identifier, equal to what <see cref="Read"/> returns.</param>
    /// <returns><see langword="true"/> when the value was read.</returns>
    internal static bool TryReadValid(ref Utf8JsonReader reader, out T value)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            value = default;
            return false;
        }

        // Vocabulary values repeat within and across profiles: the same bytes give the same identifier, checked once.
        var plain = !reader.ValueIsEscaped && !reader.HasValueSequence;
        if (plain && IdentifierCache<T>.TryGet(reader.ValueSpan, out value))
        {
            return true;
        }

        var text = reader.GetString()!;
        if (T.Syntax.Check(text) is not null)
        {
            value = default;
            return false;
        }

        value = T.FromValidated(text);
        if (plain)
        {
            IdentifierCache<T>.Add(reader.ValueSpan, value);
        }

        return true;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }

    /// <inheritdoc/>
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FromText(reader.GetString()!);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.Value);
    }

    JsonObject IJsonSchemaSource.GetSchema() => new()
    {
        ["type"] = "string",
        ["minLength"] = 1,
        ["description"] = $"{typeof(T).Name}: {T.Syntax.Description}",
    };

    private static T FromText(string text)
    {
        var error = T.Syntax.Check(text);
        if (error is not null)
        {
            throw new JsonValueException($"not a valid {typeof(T).Name}: {error}", text);
        }

        return T.FromValidated(text);
    }
}
