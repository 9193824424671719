using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;

namespace AutoimmuneResistance;

/// <summary>
/// Turns the serializer's exceptions into diagnostics with a stable code and the JSON path of the offending value,
/// naming the registered kinds when a <c>$kind</c> is missing or unknown. Messages never quote the document's values:
/// the offending value goes to <see cref="EvaluationDiagnostic.Value"/>, which the caller removes unless values were
/// asked for.
/// </summary>
internal sealed class JsonErrorTranslator(JsonSerializerOptions options, IReadOnlyDictionary<Type, ImmutableArray<string>> kindsByBase)
{
    public EvaluationDiagnostic Translate(Exception exception, Type rootType)
    {
        var diagnostic = TranslateMessage(exception, rootType);
        var rejected = exception as JsonValueException ?? exception.InnerException as JsonValueException;
        return rejected is null ? diagnostic : diagnostic with { Value = rejected.Value };
    }

    private EvaluationDiagnostic TranslateMessage(Exception exception, Type rootType)
    {
        var message = StripLocation(exception.Message);
        var path = exception is JsonException json ? json.Path : ExtractPath(exception.Message);
        path ??= "$";

        if (exception is NotSupportedException && message.Contains("abstract", StringComparison.OrdinalIgnoreCase))
        {
            return EvaluationDiagnostic.Error(
                DiagnosticCodes.UnknownKind,
                $"the object's '{JsonKindRegistration.DiscriminatorPropertyName}' is missing or names no registered kind; {RegisteredKinds(rootType, path)}",
                path);
        }

        if (message.Contains("type discriminator", StringComparison.Ordinal))
        {
            return EvaluationDiagnostic.Error(
                DiagnosticCodes.UnknownKind,
                $"the '{JsonKindRegistration.DiscriminatorPropertyName}' names no registered kind; {RegisteredKinds(rootType, path)}",
                path, value: "'" + DiagnosticValues.Text(Quoted(message)) + "'");
        }

        if (message.Contains("missing required properties", StringComparison.Ordinal))
        {
            return EvaluationDiagnostic.Error(DiagnosticCodes.MissingRequiredProperty, RequiredMessage(message), path);
        }

        if (message.Contains("null values", StringComparison.Ordinal))
        {
            return EvaluationDiagnostic.Error(DiagnosticCodes.MissingRequiredProperty, "null is not allowed here; omit optional properties instead", path);
        }

        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return EvaluationDiagnostic.Error(
                DiagnosticCodes.UnknownProperty,
                $"property '{Quoted(message)}' is not part of the contract (check its spelling and case)",
                path);
        }

        if (exception.InnerException is JsonException || message.Contains("could not be converted", StringComparison.Ordinal)
            || message.Contains("invalid", StringComparison.Ordinal) && message.Contains("value", StringComparison.Ordinal) && exception.InnerException is not null)
        {
            return EvaluationDiagnostic.Error(DiagnosticCodes.InvalidJson, ReaderMessage(exception, message, rootType, path), path);
        }

        return EvaluationDiagnostic.Error(DiagnosticCodes.InvalidValue, message, path);
    }

    private string ReaderMessage(Exception exception, string message, Type rootType, string path) =>
        message.Contains("could not be converted", StringComparison.Ordinal)
            ? Expected(rootType, path) is { } expected
                ? $"the value cannot be read here: expected {expected}"
                : "the value cannot be read here: it has the wrong JSON type, or is a string that is not one of the names or formats this property accepts"
            : StripLocation(exception.InnerException?.Message ?? message);

    // What the serializer's built-in converter for the value at the path reads, in words; null when the path leads
    // through a polymorphic object (the declared base does not know the subtype's members) or cannot be followed.
    private string? Expected(Type rootType, string path)
    {
        if (Walk(rootType, path, out _) is not { } info)
        {
            return null;
        }

        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        return info.Kind switch
        {
            JsonTypeInfoKind.Enumerable => "a JSON array",
            JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary => $"a JSON object (a {type.Name})",
            _ when type == typeof(DateOnly) => $"an ISO 8601 calendar date as a string, such as \"2023-07-14\", from {CalendarBounds.Earliest:O} to {CalendarBounds.Latest:O}",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(string) => "a JSON string",
            _ when type.IsEnum => EnumNames(type) is { } names ? $"one of the {type.Name} names as a string: {names}" : $"one of the {type.Name} names as a string",
            _ when Type.GetTypeCode(type) is >= TypeCode.SByte and <= TypeCode.Decimal => "a JSON number",
            _ => null,
        };
    }

    // The names an enumeration is written with, read from the serializer's own schema of it (no reflection).
    private string? EnumNames(Type type)
    {
        var schema = options.GetJsonSchemaAsNode(type);
        return schema is JsonObject { } obj && obj["enum"] is JsonArray values
            ? string.Join(", ", values.Select(v => v?.ToString()).Where(v => v is not null))
            : null;
    }

    private static string RequiredMessage(string message)
    {
        // "JSON deserialization for type 'X' was missing required properties including: 'a', 'b'."
        var colon = message.LastIndexOf(':');
        var names = colon < 0 ? string.Empty : message[(colon + 1)..].Trim().TrimEnd('.');
        return names.Length == 0 ? "a required property is missing" : $"required properties are missing: {names}";
    }

    private string RegisteredKinds(Type rootType, string path)
    {
        Walk(rootType, path, out var type);
        if (type is not null && kindsByBase.TryGetValue(type, out var kinds))
        {
            return kinds.Length == 0
                ? $"no kinds of {type.Name} are registered (register the module that defines them)"
                : $"registered kinds of {type.Name}: {string.Join(", ", kinds)}";
        }

        return "registered kinds: " + string.Join("; ", kindsByBase.Select(p => $"{p.Key.Name}: {(p.Value.Length == 0 ? "none" : string.Join(", ", p.Value))}"));
    }

    /// <summary>
    /// Walks the serializer's metadata along a JSON path: returns the metadata of the value there (null when the walk
    /// stops early), and the innermost polymorphic base on the way.
    /// </summary>
    private JsonTypeInfo? Walk(Type rootType, string path, out Type? polymorphicBase)
    {
        polymorphicBase = null;
        var info = options.GetTypeInfo(rootType);
        var complete = true;
        var i = 1; // skip '$'
        while (i < path.Length)
        {
            if (path[i] == '[' && i + 1 < path.Length && path[i + 1] != '\'')
            {
                var close = path.IndexOf(']', i);
                if (close < 0 || info.ElementType is null)
                {
                    complete = false;
                    break;
                }

                info = options.GetTypeInfo(info.ElementType);
                i = close + 1;
            }
            else
            {
                string name;
                if (path[i] == '[')
                {
                    var close = path.IndexOf("']", i, StringComparison.Ordinal);
                    if (close < 0)
                    {
                        complete = false;
                        break;
                    }

                    name = path[(i + 2)..close];
                    i = close + 2;
                }
                else
                {
                    var start = i + 1;
                    var end = path.IndexOfAny(['.', '['], start);
                    end = end < 0 ? path.Length : end;
                    name = path[start..end];
                    i = end;
                }

                var property = info.Properties.FirstOrDefault(p => p.Name == name);
                if (property is null)
                {
                    complete = false;
                    break;
                }

                info = options.GetTypeInfo(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType);
            }

            if (kindsByBase.ContainsKey(info.Type))
            {
                polymorphicBase = info.Type;
            }
        }

        if (kindsByBase.ContainsKey(info.Type))
        {
            polymorphicBase = info.Type;
        }

        return complete ? info : null;
    }

    private static string StripLocation(string message)
    {
        var at = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return (at < 0 ? message : message[..at]).Trim();
    }

    private static string? ExtractPath(string message)
    {
        var at = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var start = at + " Path: ".Length;
        var end = message.IndexOf(" |", start, StringComparison.Ordinal);
        return (end < 0 ? message[start..] : message[start..end]).Trim().TrimEnd('.');
    }

    private static string Quoted(string message)
    {
        var start = message.IndexOf('\'', StringComparison.Ordinal);
        var end = start < 0 ? -1 : message.IndexOf('\'', start + 1);
        return end < 0 ? "?" : message[(start + 1)..end];
    }
}
