using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// Writes a finding's or an option's citations as their <see cref="Citation.Key"/>s, so that each publication is
/// written once per document (in the assessment's <c>citations</c>, or a JSON Lines file's header) rather than with
/// every finding; reads the keys back against the citations of the document being read.
/// </summary>
/// <remarks>
/// Reading needs the document's citations, which <see cref="ResistanceJson"/> gathers before it reads an assessment,
/// a cohort outcome or a results file; a key the document does not hold fails with a <see cref="JsonException"/> that
/// names it. Reading a finding on its own, outside those methods, fails for the same reason. In the expanded form of an
/// assessment (<see cref="AssessmentJsonForm.Expanded"/>) each citation is written in full where it is used; reading
/// accepts a full citation object in place of a key anywhere.
/// </remarks>
public sealed class CitationKeysJsonConverter : JsonConverter<ImmutableArray<Citation>>, IJsonSchemaSource
{
    private static readonly CitationJsonConverter Full = new();

    [ThreadStatic]
    private static Dictionary<string, Citation>? t_scope;

    [ThreadStatic]
    private static bool t_expanded;

    /// <inheritdoc/>
    public override bool HandleNull => false;

    /// <summary>Makes <paramref name="citations"/> the table keys are resolved against on this thread until the returned scope is disposed.</summary>
    /// <param name="citations">The document's citations.</param>
    /// <returns>The scope; dispose it when the document is read.</returns>
    internal static Scope Resolving(IEnumerable<Citation> citations)
    {
        var previous = t_scope;
        var table = new Dictionary<string, Citation>(StringComparer.Ordinal);
        foreach (var citation in citations)
        {
            table.TryAdd(citation.Key, citation);
        }

        t_scope = table;
        return new Scope(previous);
    }

    /// <summary>Writes every citation in full instead of by key on this thread until the returned scope is disposed.</summary>
    /// <returns>The scope; dispose it when the document is written.</returns>
    internal static ExpandedScope Expanding()
    {
        var previous = t_expanded;
        t_expanded = true;
        return new ExpandedScope(previous);
    }

    /// <inheritdoc/>
    public override ImmutableArray<Citation> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"expected an array of citation keys, found {reader.TokenType}");
        }

        var citations = ImmutableArray.CreateBuilder<Citation>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            citations.Add(ReadOne(ref reader, options));
        }

        return citations.ToImmutable();
    }

    /// <summary>Reads one citation written as a key (resolved against the document's citations) or as a whole citation object.</summary>
    internal static Citation ReadOne(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return Full.Read(ref reader, typeof(Citation), options);
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"expected a citation key (a string) or a citation object, found {reader.TokenType}");
        }

        var key = reader.GetString()!;
        if (t_scope is not { } table)
        {
            throw new JsonException("citations are written by key; read the whole document with ResistanceJson, which resolves the keys against its citations");
        }

        return table.TryGetValue(key, out var citation)
            ? citation
            : throw new JsonException($"the citation key '{CodeText.Truncate(key)}' is not among the document's citations");
    }

    /// <summary>Writes one citation as its key, or whole in the expanded form.</summary>
    internal static void WriteOne(Utf8JsonWriter writer, Citation citation, JsonSerializerOptions options)
    {
        if (t_expanded)
        {
            Full.Write(writer, citation, options);
        }
        else
        {
            writer.WriteStringValue(citation.Key);
        }
    }

    /// <summary>Returns the schema of one citation as written by <see cref="WriteOne"/>.</summary>
    internal static JsonObject OneSchema() => new()
    {
        ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "string" }, ((IJsonSchemaSource)Full).GetSchema()),
    };

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ImmutableArray<Citation> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        if (!value.IsDefault)
        {
            foreach (var citation in value)
            {
                WriteOne(writer, citation, options);
            }
        }

        writer.WriteEndArray();
    }

    JsonObject IJsonSchemaSource.GetSchema() => new()
    {
        ["type"] = "array",
        ["description"] = "Keys of the document's citations (a DOI, else a URL, else 'Authors (Year). Title'); in the expanded form of an assessment, the citations themselves.",
        ["items"] = OneSchema(),
    };

    /// <summary>Restores the previous form when disposed.</summary>
    internal readonly struct ExpandedScope(bool previous) : IDisposable
    {
        public void Dispose() => t_expanded = previous;
    }

    /// <summary>Restores the previous table when disposed.</summary>
    internal readonly struct Scope(Dictionary<string, Citation>? previous) : IDisposable
    {
        public void Dispose() => t_scope = previous;
    }
}
