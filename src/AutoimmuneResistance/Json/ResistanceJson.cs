using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;

namespace AutoimmuneResistance;

/// <summary>
/// The JSON contract of a pipeline: reads and writes profiles, assessments and cohort outcomes with source-generated
/// metadata (no reflection), rejects bad input with path-qualified diagnostics, and exports the profile's JSON Schema.
/// </summary>
/// <remarks>
/// Each <see cref="ResistancePipeline"/> has one, covering the core and every registered module's types; use
/// <see cref="Core"/> when no module is needed. Instances are immutable and thread-safe; <see cref="Options"/> is
/// read-only.
/// </remarks>
public sealed class ResistanceJson
{
    // Declared before Core, which reads it during static initialization.
    internal static readonly JsonKindRegistration[] CoreRegistrations =
        [new(typeof(InstrumentAssessment), typeof(RecordedScore), RecordedScore.Kind, "core")];

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_hashBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_hashWriter;

    private readonly JsonTypeInfo<PatientProfile> _profile;
    private readonly JsonTypeInfo<ResistanceAssessment> _assessment;
    private readonly JsonTypeInfo<CohortOutcome> _outcome;
    private readonly JsonTypeInfo<ImmutableArray<Citation>> _citations;
    private readonly JsonTypeInfo<ResultsHeaderLine> _headerLine;
    private readonly JsonTypeInfo<ResultsLine> _resultsLine;

    [ThreadStatic]
    private static Utf8JsonWriter? t_lineWriter;
    private readonly JsonErrorTranslator _errors;
    private readonly bool _recordedScoreRegistered;

    // Created on first read, so that a contract used only for writing never builds it; a race creates two equal readers.
    private ProfileFastReader? _fastReader;

    internal ResistanceJson(IEnumerable<IJsonTypeInfoResolver> moduleResolvers, IReadOnlyCollection<JsonKindRegistration> registrations, ProfileReadLimits? readLimits = null, bool includeValuesInDiagnostics = false)
    {
        ReadLimits = readLimits ?? ProfileReadLimits.Default;
        IncludeValuesInDiagnostics = includeValuesInDiagnostics;
        KindsByBase = JsonKindRegistration.PolymorphicBases.ToFrozenDictionary(
            b => b,
            b => registrations.Where(r => r.BaseType == b).Select(r => r.Kind).Order(StringComparer.Ordinal).ToImmutableArray());

        var options = new JsonSerializerOptions(AutoimmuneResistanceJsonContext.Default.Options)
        {
            TypeInfoResolver = JsonTypeInfoResolver
                .Combine([AutoimmuneResistanceJsonContext.Default, .. moduleResolvers])
                .WithAddedModifier(info => RegisterDerivedTypes(info, registrations)),
        };

        // Dates outside the plausibility range fail on read with their path; the source-generated metadata of the core
        // and of every module honours a converter registered here.
        options.Converters.Add(new CalendarDateJsonConverter());

        // Options freeze on first use anyway; freezing them here makes that explicit (dotnet/runtime#131253).
        options.MakeReadOnly();
        Options = options;
        _profile = (JsonTypeInfo<PatientProfile>)options.GetTypeInfo(typeof(PatientProfile));
        _assessment = (JsonTypeInfo<ResistanceAssessment>)options.GetTypeInfo(typeof(ResistanceAssessment));
        _outcome = (JsonTypeInfo<CohortOutcome>)options.GetTypeInfo(typeof(CohortOutcome));
        _citations = (JsonTypeInfo<ImmutableArray<Citation>>)options.GetTypeInfo(typeof(ImmutableArray<Citation>));
        _headerLine = (JsonTypeInfo<ResultsHeaderLine>)options.GetTypeInfo(typeof(ResultsHeaderLine));
        _resultsLine = (JsonTypeInfo<ResultsLine>)options.GetTypeInfo(typeof(ResultsLine));
        _errors = new JsonErrorTranslator(options, KindsByBase);
        _recordedScoreRegistered = registrations.Any(r =>
            r.BaseType == typeof(InstrumentAssessment) && r.DerivedType == typeof(RecordedScore) && r.Kind == RecordedScore.Kind);
    }

    /// <summary>Gets the contract of the core library alone (no disease module types).</summary>
    public static ResistanceJson Core { get; } = new([], CoreRegistrations);

    /// <summary>Gets the read-only serializer options: core and module metadata, strict reading, <c>$kind</c> polymorphism.</summary>
    public JsonSerializerOptions Options { get; }

    /// <summary>Gets the registered <c>$kind</c> values of each polymorphic base, in ordinal order.</summary>
    public IReadOnlyDictionary<Type, ImmutableArray<string>> KindsByBase { get; }

    /// <summary>Gets the limits <see cref="ReadProfile(ReadOnlySpan{byte})"/> applies (<see cref="ProfileReadLimits.Default"/> unless the pipeline was built with others).</summary>
    public ProfileReadLimits ReadLimits { get; }

    /// <summary>
    /// Gets whether the diagnostics of <see cref="ReadProfile(ReadOnlySpan{byte})"/> carry the offending value in
    /// <see cref="EvaluationDiagnostic.Value"/> (<see langword="false"/> unless the pipeline was built with
    /// <see cref="ResistancePipelineBuilder.IncludeValuesInDiagnostics(bool)"/>).
    /// </summary>
    public bool IncludeValuesInDiagnostics { get; }

    /// <summary>Reads a profile from UTF-8 JSON. Never throws for bad data: problems come back as diagnostics with JSON paths.</summary>
    /// <param name="utf8Json">The JSON document.</param>
    /// <returns>The profile, or the diagnostics that explain why it could not be read.</returns>
    /// <remarks>
    /// A valid profile is read in one pass by a hand-written reader of the core records; a document it declines (any
    /// document with a problem, and a few unusual but valid ones) is read again by the source-generated contract, whose
    /// diagnostics are reported. Both give the same profile for every document the fast path accepts. A document larger
    /// than <see cref="ProfileReadLimits.MaxBytes"/> of <see cref="ReadLimits"/> is not read: it gets
    /// <see cref="DiagnosticCodes.ProfileTooLarge"/> at <c>$</c>; nor is one with a list longer than
    /// <see cref="ProfileReadLimits.MaxListEntries"/> (the same code, at the first entry beyond the limit).
    /// </remarks>
    public ProfileReadResult ReadProfile(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.Length > ReadLimits.MaxBytes)
        {
            return new ProfileReadResult
            {
                Diagnostics =
                [
                    EvaluationDiagnostic.Error(
                        DiagnosticCodes.ProfileTooLarge,
                        string.Create(CultureInfo.InvariantCulture, $"the document is {utf8Json.Length} bytes, over the limit of {ReadLimits.MaxBytes} bytes (ProfileReadLimits.MaxBytes); it was not read"),
                        "$"),
                ],
            };
        }

        if (ListElementCheck.FindBeyond(utf8Json, Options.MaxDepth, ReadLimits.MaxListEntries) is { } tooLong)
        {
            return new ProfileReadResult { Diagnostics = [tooLong] };
        }

        var fast = _fastReader ??= new ProfileFastReader(Options, _recordedScoreRegistered);
        if (fast.TryRead(utf8Json, out var profile, out var checkNullElements))
        {
            return checkNullElements && ListElementCheck.FindNull(utf8Json, Options.MaxDepth) is { } nullElement
                ? new ProfileReadResult { Diagnostics = [nullElement] }
                : new ProfileReadResult { Profile = profile };
        }

        return ReadProfileWithContract(utf8Json);
    }

    /// <summary>
    /// Reads a profile with the source-generated contract alone, then checks it for null list elements: the read that
    /// <see cref="ReadProfile(ReadOnlySpan{byte})"/> falls back to, and the reference its fast path is tested against.
    /// </summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The profile, or the diagnostics that explain why it could not be read.</returns>
    internal ProfileReadResult ReadProfileWithContract(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            var profile = JsonSerializer.Deserialize(utf8Json, _profile);
            if (profile is null)
            {
                return new ProfileReadResult { Diagnostics = [EvaluationDiagnostic.Error(DiagnosticCodes.InvalidJson, "the document is null; expected a profile object", "$")] };
            }

            return ListElementCheck.FindNull(utf8Json, Options.MaxDepth) is { } nullElement
                ? new ProfileReadResult { Diagnostics = [nullElement] }
                : new ProfileReadResult { Profile = profile };
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            var diagnostic = _errors.Translate(e, typeof(PatientProfile));
            return new ProfileReadResult { Diagnostics = [IncludeValuesInDiagnostics ? diagnostic : diagnostic with { Value = null }] };
        }
    }

    /// <summary>Reads a profile from JSON text. Never throws for bad data.</summary>
    /// <param name="json">The JSON document.</param>
    /// <returns>The profile, or the diagnostics that explain why it could not be read.</returns>
    public ProfileReadResult ReadProfile(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ReadProfile(System.Text.Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Writes a profile as compact UTF-8 JSON.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The JSON bytes.</returns>
    public byte[] SerializeToUtf8Bytes(PatientProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return JsonSerializer.SerializeToUtf8Bytes(profile, _profile);
    }

    /// <summary>Writes a profile as compact JSON text.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The JSON text.</returns>
    public string Serialize(PatientProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return JsonSerializer.Serialize(profile, _profile);
    }

    /// <summary>Writes an assessment as compact JSON text. The same assessment always gives the same bytes.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The JSON text.</returns>
    public string Serialize(ResistanceAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return JsonSerializer.Serialize(assessment, _assessment);
    }

    /// <summary>
    /// Writes an assessment as compact JSON text in the given form: citations by key (<see cref="AssessmentJsonForm.Compact"/>,
    /// as <see cref="Serialize(ResistanceAssessment)"/>) or in full where each finding and option uses them
    /// (<see cref="AssessmentJsonForm.Expanded"/>). The same assessment and form always give the same bytes.
    /// </summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="form">The form.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="form"/> is not a defined value.</exception>
    public string Serialize(ResistanceAssessment assessment, AssessmentJsonForm form)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        switch (form)
        {
            case AssessmentJsonForm.Compact:
                return JsonSerializer.Serialize(assessment, _assessment);
            case AssessmentJsonForm.Expanded:
                using (CitationKeysJsonConverter.Expanding())
                {
                    return JsonSerializer.Serialize(assessment, _assessment);
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(form), form, "expected Compact or Expanded");
        }
    }

    /// <summary>Writes an assessment as compact UTF-8 JSON.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The JSON bytes.</returns>
    public byte[] SerializeToUtf8Bytes(ResistanceAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return JsonSerializer.SerializeToUtf8Bytes(assessment, _assessment);
    }

    /// <summary>Writes a cohort outcome as compact JSON text (one line of a JSON Lines result file).</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The JSON text.</returns>
    public string Serialize(CohortOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return JsonSerializer.Serialize(outcome, _outcome);
    }

    /// <summary>Reads an assessment written by <see cref="Serialize(ResistanceAssessment)"/> (or in either <see cref="AssessmentJsonForm"/>), resolving citation keys against the document's citations.</summary>
    /// <param name="utf8Json">The JSON document.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="JsonException">The document is not a valid assessment; the message carries the path.</exception>
    public ResistanceAssessment DeserializeAssessment(ReadOnlySpan<byte> utf8Json)
    {
        using var scope = CitationKeysJsonConverter.Resolving(CitationTables(utf8Json));
        return JsonSerializer.Deserialize(utf8Json, _assessment) ?? throw new JsonException("The document is null; expected an assessment object.");
    }

    /// <summary>Reads a cohort outcome written by <see cref="Serialize(CohortOutcome)"/>, resolving citation keys against the document's citations.</summary>
    /// <param name="utf8Json">The JSON document.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="JsonException">The document is not a valid outcome; the message carries the path.</exception>
    public CohortOutcome DeserializeOutcome(ReadOnlySpan<byte> utf8Json)
    {
        using var scope = CitationKeysJsonConverter.Resolving(CitationTables(utf8Json));
        return JsonSerializer.Deserialize(utf8Json, _outcome) ?? throw new JsonException("The document is null; expected a cohort outcome object.");
    }

    /// <summary>
    /// Reads a JSON Lines results file (a header line, then one record per input record, as written by
    /// <see cref="ResistancePipeline.WriteJsonLinesAsync(IAsyncEnumerable{CohortOutcome}, Stream, CancellationToken)"/>)
    /// back into cohort outcomes: each assessment gets the header's manifest with its own input hash, and citation keys
    /// are resolved against the header's and the record's citations.
    /// </summary>
    /// <param name="utf8JsonLines">The results file; read to its end, not disposed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The outcomes, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8JsonLines"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The file does not start with a results header, or a record is not a valid results record; the message names the line.</exception>
    public async IAsyncEnumerable<CohortOutcome> ReadResultsAsync(
        Stream utf8JsonLines,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8JsonLines);
        ResultsHeader? header = null;
        Dictionary<string, TreatmentOption>? declared = null;
        await foreach (var record in JsonLinesReader.ReadAsync(utf8JsonLines, int.MaxValue - 2, cancellationToken).ConfigureAwait(false))
        {
            if (record.Utf8Json is null)
            {
                throw new JsonException($"line {record.Line}: {record.Error?.Message}");
            }

            if (header is null)
            {
                header = ReadHeader(record);
                declared = header.Options.ToDictionary(o => o.Key, StringComparer.Ordinal);
                continue;
            }

            yield return ReadResultsLine(record, header, declared!);
        }

        if (header is null)
        {
            throw new JsonException("the results file is empty; expected a header line");
        }
    }

    private ResultsHeader ReadHeader(CohortInput record)
    {
        try
        {
            using var scope = CitationKeysJsonConverter.Resolving(CitationTables(record.Utf8Json));
            var line = JsonSerializer.Deserialize(record.Utf8Json, _headerLine);
            return line?.Header is { Format: ResultsHeader.FormatName } header
                ? header
                : throw new JsonException($"line {record.Line}: expected a results header with format '{ResultsHeader.FormatName}'");
        }
        catch (JsonException e) when (e.Message.StartsWith("line ", StringComparison.Ordinal) is false)
        {
            throw new JsonException($"line {record.Line}: the results file does not start with a results header: {e.Message}", e);
        }
    }

    private CohortOutcome ReadResultsLine(CohortInput record, ResultsHeader header, Dictionary<string, TreatmentOption> declared)
    {
        try
        {
            using var scope = CitationKeysJsonConverter.Resolving([.. header.Citations, .. CitationTables(record.Utf8Json)]);
            using var options = TreatmentOptionJsonConverter.Declaring(declared);
            var line = JsonSerializer.Deserialize(record.Utf8Json, _resultsLine) ?? throw new JsonException("the record is null");
            if (line.Assessment is not { } compact)
            {
                return new CohortOutcome(line.Index, line.Line, line.Subject, errors: line.Errors);
            }

            var assessment = new ResistanceAssessment
            {
                SchemaVersion = header.SchemaVersion,
                Subject = line.Subject ?? throw new JsonException("a record with an assessment names its subject"),
                AsOf = compact.AsOf,
                Verdict = compact.Verdict,
                Findings = compact.Findings,
                Diagnostics = compact.Diagnostics,
                Manifest = header.Manifest with { InputHash = compact.InputHash },
            };
            return new CohortOutcome(line.Index, line.Line, line.Subject, assessment);
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            throw new JsonException($"line {record.Line}: not a valid results record: {e.Message}", e);
        }
    }

    /// <summary>Writes the header line of a results file (with its line end).</summary>
    internal void WriteHeader(IBufferWriter<byte> output, ResultsHeader header)
    {
        using var writer = new Utf8JsonWriter(output);
        JsonSerializer.Serialize(writer, new ResultsHeaderLine { Header = header }, _headerLine);
        writer.Flush();
        output.Write("\n"u8);
    }

    /// <summary>
    /// Writes one record of a results file (with its line end): the outcome without what the header holds. Citations
    /// the header does not list (by key) go into the record's own <c>citations</c>.
    /// </summary>
    internal void WriteResultsLine(IBufferWriter<byte> output, CohortOutcome outcome, IReadOnlySet<string> headerCitations, IReadOnlyDictionary<string, TreatmentOption> declaredOptions)
    {
        using var scope = TreatmentOptionJsonConverter.Declaring(declaredOptions);
        ResultsLineAssessment? compact = null;
        if (outcome.Assessment is { } assessment)
        {
            ImmutableArray<Citation>.Builder? extra = null;
            foreach (var citation in assessment.Citations)
            {
                if (!headerCitations.Contains(citation.Key))
                {
                    (extra ??= ImmutableArray.CreateBuilder<Citation>()).Add(citation);
                }
            }

            compact = new ResultsLineAssessment
            {
                AsOf = assessment.AsOf,
                InputHash = assessment.Manifest.InputHash,
                Verdict = assessment.Verdict,
                Findings = assessment.Findings,
                Diagnostics = assessment.Diagnostics.IsEmpty ? default : assessment.Diagnostics,
                Citations = extra?.ToImmutable() ?? default,
            };
        }

        var line = new ResultsLine
        {
            Index = outcome.Index,
            Line = outcome.Line,
            Subject = outcome.Subject,
            Assessment = compact,
            Errors = outcome.Errors.IsEmpty ? default : outcome.Errors,
        };
        var writer = t_lineWriter;
        if (writer is null)
        {
            writer = t_lineWriter = new Utf8JsonWriter(output, new JsonWriterOptions { SkipValidation = true });
        }
        else
        {
            writer.Reset(output);
        }

        JsonSerializer.Serialize(writer, line, _resultsLine);
        writer.Flush();
        output.Write("\n"u8);
    }

    // The citation lists a document carries: every "citations" property whose value is an array of objects (findings
    // and options refer to them with arrays of keys, which are strings). Read first, so that the keys can be resolved
    // wherever the list stands in the document. A list that does not read fails here, with its path: the full read
    // does not read it again (an assessment's citations are computed from its findings and options), and would
    // otherwise report the first key that refers to it as unknown, or accept the document when none does.
    private List<Citation> CitationTables(ReadOnlySpan<byte> utf8Json)
    {
        var found = new List<Citation>();
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = Options.MaxDepth });
        JsonException? invalid = null;
        string? at = null;
        try
        {
            string? outer = null;
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
                {
                    outer = reader.GetString();
                }

                if (reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals("citations"u8))
                {
                    continue;
                }

                // An assessment's list, or a cohort outcome's assessment's; the others are found but not located.
                at = reader.CurrentDepth switch
                {
                    1 => "$.citations",
                    2 when outer is not null => "$." + outer + ".citations",
                    _ => null,
                };
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    continue;
                }

                var lookahead = reader;
                if (lookahead.Read() && lookahead.TokenType == JsonTokenType.StartObject)
                {
                    try
                    {
                        found.AddRange(JsonSerializer.Deserialize(ref reader, _citations));
                    }
                    catch (JsonException e)
                    {
                        invalid = e;
                        break;
                    }
                }
            }
        }
        catch (JsonException)
        {
            // The document itself is malformed: the full read that follows reports the problem with its path.
        }

        if (invalid is not null)
        {
            var path = at is null ? null : at + invalid.Path?[1..];
            throw new JsonException(
                $"the document's citation list{(path is null ? string.Empty : " at " + path)} is invalid: {invalid.Message}",
                path,
                invalid.LineNumber,
                invalid.BytePositionInLine,
                invalid);
        }

        return found;
    }

    /// <summary>
    /// Returns the content hash of a profile: <c>sha256:</c> and the lower-case hex SHA-256 of its compact JSON in
    /// this contract. Two profiles with the same content have the same hash, whatever the layout of the files they
    /// came from; manifests record it so that a result can be traced to its exact input.
    /// </summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The hash text.</returns>
    public string ComputeContentHash(PatientProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var buffer = t_hashBuffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        var writer = t_hashWriter;
        if (writer is null)
        {
            writer = t_hashWriter = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true });
        }
        else
        {
            writer.Reset(buffer);
        }

        JsonSerializer.Serialize(writer, profile, _profile);
        writer.Flush();
        return HashOf(buffer.WrittenSpan);
    }

    /// <summary>Returns <c>sha256:</c> and the lower-case hex SHA-256 of <paramref name="utf8"/>: the hash of a record's bytes as read.</summary>
    internal static string HashOf(ReadOnlySpan<byte> utf8)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(utf8, hash);
        return string.Create(7 + (SHA256.HashSizeInBytes * 2), hash, static (text, bytes) =>
        {
            "sha256:".CopyTo(text);
            Convert.TryToHexStringLower(bytes, text[7..], out _);
        });
    }

    /// <summary>
    /// Returns the JSON Schema (draft 2020-12) of <see cref="PatientProfile"/> in this contract, produced from the
    /// serializer's own metadata by <see cref="JsonSchemaExporter"/>, so it cannot drift from the model.
    /// </summary>
    /// <returns>The schema.</returns>
    public JsonNode GetProfileSchema() => ProfileSchema.Export(Options);

    /// <summary>
    /// Returns the JSON Schema (draft 2020-12) of a single <see cref="ResistanceAssessment"/> document in this contract
    /// (the verdict, the findings, the document's citations and the manifest), produced from the serializer's metadata.
    /// </summary>
    /// <returns>The schema.</returns>
    public JsonNode GetAssessmentSchema() => ProfileSchema.Export(
        Options,
        typeof(ResistanceAssessment),
        ProfileSchema.AssessmentSchemaId,
        "AutoimmuneResistance assessment",
        "One patient's assessment (schemaVersion 2): the verdict first, the findings it points at by id, the document's citations (findings and options refer to them by key) and the manifest. Generated from the library's serializer metadata; do not edit by hand.");

    /// <summary>Returns the JSON Schema of the first line of a JSON Lines results file (<c>{"header": {...}}</c>).</summary>
    /// <returns>The schema.</returns>
    public JsonNode GetResultsHeaderSchema() => ProfileSchema.Export(
        Options,
        typeof(ResultsHeaderLine),
        ProfileSchema.ResultsHeaderSchemaId,
        "AutoimmuneResistance results file header",
        "The first line of a JSON Lines results file: the format name, the schema version, the manifest shared by every record, the citations and the declared treatment options. Generated from the library's serializer metadata; do not edit by hand.");

    /// <summary>Returns the JSON Schema of every other line of a JSON Lines results file: one record per input record.</summary>
    /// <returns>The schema.</returns>
    public JsonNode GetResultsRecordSchema() => ProfileSchema.Export(
        Options,
        typeof(ResultsLine),
        ProfileSchema.ResultsRecordSchemaId,
        "AutoimmuneResistance results file record",
        "One line of a JSON Lines results file after the header: the input record's index, line and subject, and its assessment (evaluation date, input hash, verdict, findings, diagnostics, citations the header does not list) or its errors. Generated from the library's serializer metadata; do not edit by hand.");

    /// <summary>Writes profiles as JSON Lines (one compact document per line, <c>\n</c> separated).</summary>
    /// <param name="profiles">The profiles.</param>
    /// <param name="utf8Stream">The destination.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when every profile is written and flushed.</returns>
    public async Task WriteJsonLinesAsync(IEnumerable<PatientProfile> profiles, Stream utf8Stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(utf8Stream);
        foreach (var profile in profiles)
        {
            await JsonSerializer.SerializeAsync(utf8Stream, profile, _profile, cancellationToken).ConfigureAwait(false);
            utf8Stream.WriteByte((byte)'\n');
        }

        await utf8Stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void RegisterDerivedTypes(JsonTypeInfo info, IReadOnlyCollection<JsonKindRegistration> registrations)
    {
        if (Array.IndexOf(JsonKindRegistration.PolymorphicBases, info.Type) < 0)
        {
            return;
        }

        var polymorphism = new JsonPolymorphismOptions
        {
            TypeDiscriminatorPropertyName = JsonKindRegistration.DiscriminatorPropertyName,
            UnknownDerivedTypeHandling = System.Text.Json.Serialization.JsonUnknownDerivedTypeHandling.FailSerialization,
            IgnoreUnrecognizedTypeDiscriminators = false,
        };
        foreach (var registration in registrations.OrderBy(r => r.Kind, StringComparer.Ordinal))
        {
            if (registration.BaseType == info.Type)
            {
                polymorphism.DerivedTypes.Add(new JsonDerivedType(registration.DerivedType, registration.Kind));
            }
        }

        // The serializer refuses polymorphism without subtypes; with none registered, reading the abstract base fails
        // with a NotSupportedException that the error translator reports as an unregistered kind.
        if (polymorphism.DerivedTypes.Count > 0)
        {
            info.PolymorphismOptions = polymorphism;
        }
    }
}
