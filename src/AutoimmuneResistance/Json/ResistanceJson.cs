using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
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
    private readonly JsonErrorTranslator _errors;
    private readonly bool _recordedScoreRegistered;

    // Created on first read, so that a contract used only for writing never builds it; a race creates two equal readers.
    private ProfileFastReader? _fastReader;

    internal ResistanceJson(IEnumerable<IJsonTypeInfoResolver> moduleResolvers, IReadOnlyCollection<JsonKindRegistration> registrations)
    {
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

    /// <summary>Reads a profile from UTF-8 JSON. Never throws for bad data: problems come back as diagnostics with JSON paths.</summary>
    /// <param name="utf8Json">The JSON document.</param>
    /// <returns>The profile, or the diagnostics that explain why it could not be read.</returns>
    /// <remarks>
    /// A valid profile is read in one pass by a hand-written reader of the core records; a document it declines (any
    /// document with a problem, and a few unusual but valid ones) is read again by the source-generated contract, whose
    /// diagnostics are reported. Both give the same profile for every document the fast path accepts.
    /// </remarks>
    public ProfileReadResult ReadProfile(ReadOnlySpan<byte> utf8Json)
    {
        var fast = _fastReader ??= new ProfileFastReader(Options, _recordedScoreRegistered);
        if (fast.TryRead(utf8Json, out var profile, out var checkNullElements))
        {
            return checkNullElements && NullElementCheck.Find(utf8Json, Options.MaxDepth) is { } nullElement
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

            return NullElementCheck.Find(utf8Json, Options.MaxDepth) is { } nullElement
                ? new ProfileReadResult { Diagnostics = [nullElement] }
                : new ProfileReadResult { Profile = profile };
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            return new ProfileReadResult { Diagnostics = [_errors.Translate(e, typeof(PatientProfile))] };
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

    /// <summary>Reads an assessment written by <see cref="Serialize(ResistanceAssessment)"/>.</summary>
    /// <param name="utf8Json">The JSON document.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="JsonException">The document is not a valid assessment; the message carries the path.</exception>
    public ResistanceAssessment DeserializeAssessment(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize(utf8Json, _assessment) ?? throw new JsonException("The document is null; expected an assessment object.");

    /// <summary>Reads a cohort outcome written by <see cref="Serialize(CohortOutcome)"/>.</summary>
    /// <param name="utf8Json">The JSON document.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="JsonException">The document is not a valid outcome; the message carries the path.</exception>
    public CohortOutcome DeserializeOutcome(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize(utf8Json, _outcome) ?? throw new JsonException("The document is null; expected a cohort outcome object.");

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
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(buffer.WrittenSpan, hash);
        return "sha256:" + Convert.ToHexStringLower(hash);
    }

    /// <summary>
    /// Returns the JSON Schema (draft 2020-12) of <see cref="PatientProfile"/> in this contract, produced from the
    /// serializer's own metadata by <see cref="JsonSchemaExporter"/>, so it cannot drift from the model.
    /// </summary>
    /// <returns>The schema.</returns>
    public JsonNode GetProfileSchema() => ProfileSchema.Export(Options);

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

    /// <summary>Writes cohort outcomes as JSON Lines, one per input record, in order.</summary>
    /// <param name="outcomes">The outcomes.</param>
    /// <param name="utf8Stream">The destination.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when every outcome is written and flushed.</returns>
    public async Task WriteJsonLinesAsync(IAsyncEnumerable<CohortOutcome> outcomes, Stream utf8Stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(utf8Stream);
        await foreach (var outcome in outcomes.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await JsonSerializer.SerializeAsync(utf8Stream, outcome, _outcome, cancellationToken).ConfigureAwait(false);
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
