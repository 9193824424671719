using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AutoimmuneResistance;

/// <summary>
/// Checks the elements of every list (JSON array) of a document, whatever type it belongs to, and names the first
/// offending element by its JSON path: a <c>null</c> element (<see cref="FindNull"/>), or an element beyond a list
/// length limit (<see cref="FindBeyond"/>).
/// </summary>
/// <remarks>
/// <c>RespectNullableAnnotations</c> rejects <c>null</c> for a non-nullable property but not for a collection element,
/// so without the null check <c>"therapies": [null]</c> would read as a profile holding a null course and fail deep
/// inside validation or evaluation. No list of the contract (core or module) takes null elements. The length check
/// bounds every list, module types' included, before the document is read.
/// </remarks>
internal static class ListElementCheck
{
    /// <summary>Returns an AIR1003 error for the first <c>null</c> list element, or <see langword="null"/> when there is none.</summary>
    /// <param name="utf8Json">A document the serializer has read without error.</param>
    /// <param name="maxDepth">The serializer's maximum depth.</param>
    /// <returns>The error, with the element's JSON path.</returns>
    public static EvaluationDiagnostic? FindNull(ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        // The writer omits nulls, so most documents hold no null token at all: a vectorized search settles them.
        if (utf8Json.IndexOf("null"u8) < 0)
        {
            return null;
        }

        var path = FindPath(utf8Json, maxDepth, stopAtNull: true, maxEntries: int.MaxValue);
        return path is null
            ? null
            : EvaluationDiagnostic.Error(DiagnosticCodes.MissingRequiredProperty, "null is not allowed as a list element; remove the element", path);
    }

    /// <summary>
    /// Returns an AIR1006 error naming the first element beyond <paramref name="maxEntries"/> in any list, or
    /// <see langword="null"/> when every list is within the limit (or the document is not well-formed JSON, which the
    /// read then reports).
    /// </summary>
    /// <param name="utf8Json">The document, not yet read.</param>
    /// <param name="maxDepth">The serializer's maximum depth.</param>
    /// <param name="maxEntries">The most entries a list may hold.</param>
    /// <returns>The error, with the path of the first element beyond the limit.</returns>
    public static EvaluationDiagnostic? FindBeyond(ReadOnlySpan<byte> utf8Json, int maxDepth, int maxEntries)
    {
        // A list of n entries takes at least 2n - 1 bytes ("1,1,1"), so a shorter document cannot hold one over the limit.
        if (utf8Json.Length < (2L * maxEntries) + 1)
        {
            return null;
        }

        var path = FindPath(utf8Json, maxDepth, stopAtNull: false, maxEntries);
        return path is null
            ? null
            : EvaluationDiagnostic.Error(
                DiagnosticCodes.ProfileTooLarge,
                string.Create(CultureInfo.InvariantCulture, $"the list holds more than {maxEntries} entries (ProfileReadLimits.MaxListEntries); the document was not read"),
                path);
    }

    private static string? FindPath(ReadOnlySpan<byte> utf8Json, int maxDepth, bool stopAtNull, int maxEntries)
    {
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth });

        // One frame per open container: how it was entered (the property name's place in the document, or its index in
        // the enclosing list) and, for a list, the number of elements read so far (-1 for an object). Nothing is
        // allocated per token; the path is composed only for the element that is returned.
        var frames = new List<(int NameStart, int NameLength, int Index, int Count)>();
        var (nameStart, nameLength) = (0, 0);
        try
        {
            while (reader.Read())
            {
                var token = reader.TokenType;
                if (token == JsonTokenType.PropertyName)
                {
                    (nameStart, nameLength) = ((int)reader.TokenStartIndex + 1, reader.ValueSpan.Length);
                    continue;
                }

                if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    frames.RemoveAt(frames.Count - 1);
                    continue;
                }

                // A value: its place in the enclosing container.
                var index = -1;
                if (frames.Count > 0 && frames[^1].Count >= 0)
                {
                    var top = frames[^1];
                    index = top.Count;
                    if ((stopAtNull && token == JsonTokenType.Null) || index >= maxEntries)
                    {
                        return PathOf(utf8Json, frames, index);
                    }

                    frames[^1] = top with { Count = index + 1 };
                }

                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Add((nameStart, nameLength, index, token == JsonTokenType.StartArray ? 0 : -1));
                }
            }
        }
        catch (JsonException)
        {
            // Malformed JSON: the serializer's read reports it, with its own message and path.
        }

        return null;
    }

    private static string PathOf(ReadOnlySpan<byte> utf8Json, List<(int NameStart, int NameLength, int Index, int Count)> frames, int index)
    {
        var path = new StringBuilder("$");
        for (var i = 1; i < frames.Count; i++)
        {
            var frame = frames[i];
            if (frame.Index >= 0)
            {
                path.Append('[').Append(frame.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                path.Append('.').Append(Encoding.UTF8.GetString(utf8Json.Slice(frame.NameStart, frame.NameLength)));
            }
        }

        return path.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']').ToString();
    }
}
