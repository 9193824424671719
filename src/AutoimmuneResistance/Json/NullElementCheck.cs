using System.Text.Json;

namespace AutoimmuneResistance;

/// <summary>
/// Finds a <c>null</c> list element in a JSON document the serializer has read. <c>RespectNullableAnnotations</c>
/// rejects <c>null</c> for a non-nullable property but not for a collection element, so without this check
/// <c>"therapies": [null]</c> would read as a profile holding a null course and fail deep inside validation or
/// evaluation. No list of the contract (core or module) takes null elements; the check is on the JSON, so it covers
/// every registered type and names the element's path.
/// </summary>
internal static class NullElementCheck
{
    /// <summary>Returns an AIR1003 error for the first <c>null</c> list element, or <see langword="null"/> when there is none.</summary>
    /// <param name="utf8Json">A document the serializer has read without error.</param>
    /// <param name="maxDepth">The serializer's maximum depth.</param>
    /// <returns>The error, with the element's JSON path.</returns>
    public static EvaluationDiagnostic? Find(ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        // The writer omits nulls, so most documents hold no null token at all: a vectorized search settles them.
        if (utf8Json.IndexOf("null"u8) < 0)
        {
            return null;
        }

        var path = FindPath(utf8Json, maxDepth);
        return path is null
            ? null
            : EvaluationDiagnostic.Error(DiagnosticCodes.MissingRequiredProperty, "null is not allowed as a list element; remove the element", path);
    }

    private static string? FindPath(ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth });

        // One frame per open container: its path, and for an array the number of elements read so far (-1 for an object).
        var paths = new List<string>();
        var counts = new List<int>();
        string? property = null;
        try
        {
            while (reader.Read())
            {
                var token = reader.TokenType;
                if (token == JsonTokenType.PropertyName)
                {
                    property = reader.GetString();
                    continue;
                }

                if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    paths.RemoveAt(paths.Count - 1);
                    counts.RemoveAt(counts.Count - 1);
                    continue;
                }

                // A value: name it by its place in the enclosing container.
                var top = counts.Count - 1;
                string? path = null;
                if (top < 0)
                {
                    path = "$";
                }
                else if (counts[top] >= 0)
                {
                    path = $"{paths[top]}[{counts[top]}]";
                    counts[top]++;
                    if (token == JsonTokenType.Null)
                    {
                        return path;
                    }
                }

                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    paths.Add(path ?? $"{paths[top]}.{property}");
                    counts.Add(token == JsonTokenType.StartArray ? 0 : -1);
                }
            }
        }
        catch (JsonException)
        {
            // Not reachable for a document the serializer read; the serializer's own errors take precedence anyway.
        }

        return null;
    }
}
