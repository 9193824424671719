using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// Reads and writes a <see cref="ClinicalCode"/> as <c>{"system": "…", "code": "…", "display": "…"}</c>.
/// </summary>
/// <remarks>
/// Property names are fixed (they do not follow a naming policy) and case-sensitive. <c>system</c> and <c>code</c> are
/// required strings; <c>display</c> is an optional string and is omitted on write when <see langword="null"/>. Unknown
/// or repeated properties are rejected. Reading applies <see cref="ClinicalCode.Create"/>'s rules and throws a
/// <see cref="JsonException"/> whose message names the broken rule.
/// </remarks>
public sealed class ClinicalCodeJsonConverter : JsonConverter<ClinicalCode>, IJsonSchemaSource
{
    /// <inheritdoc/>
    public override ClinicalCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // A valid code is read on a copy of the reader, names compared as UTF-8 and a well-known system recognised from
        // its bytes; anything else is read again from the start by the checked path, so every error keeps its message.
        var attempt = reader;
        try
        {
            if (TryReadValid(ref attempt, out var code))
            {
                reader = attempt;
                return code;
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Malformed JSON: the checked path meets it at the same token and reports it as before.
        }

        return ReadChecked(ref reader);
    }

    /// <summary>
    /// Reads a valid code, or declines (returns <see langword="false"/>, or lets a reader exception through) wherever
    /// the checked read would fail. Allocates only the code's own strings and object.
    /// </summary>
    /// <param name="reader">A reader on the code's first token; on success, on its last.</param>
    /// <param name="code">The code, equal to what <see cref="Read"/> returns.</param>
    /// <returns><see langword="true"/> when the code was read.</returns>
    internal static bool TryReadValid(ref Utf8JsonReader reader, [NotNullWhen(true)] out ClinicalCode? code)
    {
        code = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        CodeSystem system = default;
        string? text = null;
        string? display = null;
        var seenDisplay = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("system"u8))
            {
                if (system.IsSpecified || !reader.Read() || !CodeSystemJsonConverter.TryReadValid(ref reader, out system))
                {
                    return false;
                }
            }
            else if (reader.ValueTextEquals("code"u8))
            {
                if (text is not null || !reader.Read() || reader.TokenType != JsonTokenType.String)
                {
                    return false;
                }

                text = reader.GetString()!;
            }
            else if (reader.ValueTextEquals("display"u8))
            {
                if (seenDisplay || !reader.Read() || reader.TokenType is not (JsonTokenType.String or JsonTokenType.Null))
                {
                    return false;
                }

                display = reader.GetString();
                seenDisplay = true;
            }
            else
            {
                return false;
            }
        }

        return reader.TokenType == JsonTokenType.EndObject && system.IsSpecified && text is not null
            && ClinicalCode.TryCreate(system, text, display, out code, out _);
    }

    // The original read, unchanged: it decides every document the attempt above declines, and every error message.
    internal static ClinicalCode ReadChecked(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"expected an object {{\"system\", \"code\", \"display\"}} for a ClinicalCode, found {reader.TokenType}");
        }

        string? systemText = null;
        string? code = null;
        string? display = null;
        var seenDisplay = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            switch (name)
            {
                case "system":
                    systemText = ReadString(ref reader, name, systemText is not null, allowNull: false);
                    break;
                case "code":
                    code = ReadString(ref reader, name, code is not null, allowNull: false);
                    break;
                case "display":
                    display = ReadString(ref reader, name, seenDisplay, allowNull: true);
                    seenDisplay = true;
                    break;
                default:
                    throw new JsonException($"unknown property '{CodeText.Truncate(name)}' in a ClinicalCode; expected system, code and display");
            }
        }

        if (systemText is null || code is null)
        {
            throw new JsonException($"a ClinicalCode needs the property '{(systemText is null ? "system" : "code")}'");
        }

        var system = CodeSystemJsonConverter.FromText(systemText);
        return ClinicalCode.TryCreate(system, code, display, out var result, out var error)
            ? result
            : throw new JsonValueException(error, ClinicalCode.Check(system, code, display).ParamName == nameof(display) ? display! : code);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ClinicalCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("system", value.CodeSystem.Uri);
        writer.WriteString("code", value.Code);
        if (value.Display is not null)
        {
            writer.WriteString("display", value.Display);
        }

        writer.WriteEndObject();
    }

    private static string? ReadString(ref Utf8JsonReader reader, string name, bool seen, bool allowNull)
    {
        if (seen)
        {
            throw new JsonException($"the property '{name}' appears twice in a ClinicalCode");
        }

        return reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Null when allowNull => null,
            _ => throw new JsonException($"the property '{name}' of a ClinicalCode must be a string{(allowNull ? " or null" : string.Empty)}, found {reader.TokenType}"),
        };
    }

    /// <inheritdoc/>
    JsonObject IJsonSchemaSource.GetSchema() => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["system"] = new JsonObject { ["type"] = "string", ["format"] = "uri" },
            ["code"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 },
            ["display"] = new JsonObject { ["type"] = "string", ["maxLength"] = ClinicalCode.MaxDisplayLength },
        },
        ["required"] = new JsonArray("system", "code"),
        ["additionalProperties"] = false,
    };
}
