using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AutoimmuneResistance;

/// <summary>
/// Turns the serializer's exceptions into diagnostics with a stable code and the JSON path of the offending value,
/// naming the registered kinds when a <c>$kind</c> is missing or unknown.
/// </summary>
internal sealed class JsonErrorTranslator(JsonSerializerOptions options, IReadOnlyDictionary<Type, ImmutableArray<string>> kindsByBase)
{
    public EvaluationDiagnostic Translate(Exception exception, Type rootType)
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
            var kind = Quoted(message);
            return EvaluationDiagnostic.Error(
                DiagnosticCodes.UnknownKind,
                $"'{JsonKindRegistration.DiscriminatorPropertyName}' value '{kind}' is not registered; {RegisteredKinds(rootType, path)}",
                path);
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
            return EvaluationDiagnostic.Error(DiagnosticCodes.InvalidJson, ReaderMessage(exception, message), path);
        }

        return EvaluationDiagnostic.Error(DiagnosticCodes.InvalidValue, message, path);
    }

    private static string ReaderMessage(Exception exception, string message) =>
        message.Contains("could not be converted", StringComparison.Ordinal)
            ? "the value has the wrong JSON type for this property"
            : StripLocation(exception.InnerException?.Message ?? message);

    private static string RequiredMessage(string message)
    {
        // "JSON deserialization for type 'X' was missing required properties including: 'a', 'b'."
        var colon = message.LastIndexOf(':');
        var names = colon < 0 ? string.Empty : message[(colon + 1)..].Trim().TrimEnd('.');
        return names.Length == 0 ? "a required property is missing" : $"required properties are missing: {names}";
    }

    private string RegisteredKinds(Type rootType, string path)
    {
        var type = TypeAtPath(rootType, path);
        if (type is not null && kindsByBase.TryGetValue(type, out var kinds))
        {
            return kinds.Length == 0
                ? $"no kinds of {type.Name} are registered (register the module that defines them)"
                : $"registered kinds of {type.Name}: {string.Join(", ", kinds)}";
        }

        return "registered kinds: " + string.Join("; ", kindsByBase.Select(p => $"{p.Key.Name}: {(p.Value.Length == 0 ? "none" : string.Join(", ", p.Value))}"));
    }

    /// <summary>Walks the serializer's metadata along a JSON path to find the declared type of the value there.</summary>
    private Type? TypeAtPath(Type rootType, string path)
    {
        Type? found = null;
        JsonTypeInfo? info = options.GetTypeInfo(rootType);
        var i = 1; // skip '$'
        while (info is not null && i < path.Length)
        {
            if (path[i] == '[' && i + 1 < path.Length && path[i + 1] != '\'')
            {
                var close = path.IndexOf(']', i);
                if (close < 0 || info.ElementType is null)
                {
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
                    break;
                }

                info = options.GetTypeInfo(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType);
            }

            if (kindsByBase.ContainsKey(info.Type))
            {
                found = info.Type;
            }
        }

        return found ?? (info is not null && kindsByBase.ContainsKey(info.Type) ? info.Type : null);
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
