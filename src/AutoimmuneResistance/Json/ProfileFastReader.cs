using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// Reads a valid profile straight off a <see cref="Utf8JsonReader"/>, or declines: the fast path of
/// <see cref="ResistanceJson.ReadProfile(ReadOnlySpan{byte})"/>, which reads a declined document again with the
/// source-generated contract, unchanged, so that every rejection keeps its code, path and message.
/// </summary>
/// <remarks>
/// <para>
/// The source-generated metadata reads each <c>required</c>/<c>init</c> record through System.Text.Json's
/// parameterized-constructor path (every member boxed into an argument array, a bit array for the required members) and
/// needs a second pass over the document for null list elements; together with string property names in the converters
/// that made a read cost about six raw reader passes. This reader builds the core records directly with the converters'
/// own allocation-free readers, and checks list elements for <c>null</c> as it reads them.
/// </para>
/// <para>
/// The rule that keeps the contract unchanged: it returns a profile only when the source-generated read would return an
/// equal one (the same JSON when written back), and declines (returns <see langword="false"/>) on anything else:
/// an unknown, repeated, missing or null member, a value of another JSON type, a value its type rejects, malformed
/// JSON. Exact names only (the contract is case-sensitive). Disease features and module assessments are read by the
/// contract's own metadata, since only their modules know their types; since those may hold lists, a <c>null</c> token
/// inside them sends the whole document to the same null list element check as before. <c>docs/benchmarks.md</c> has
/// the measurements.
/// </para>
/// <para>
/// The members read here are listed in <see cref="ProfileFastReaderContract"/>, which a test compares with the
/// source-generated metadata, so that a member added to one of these records cannot be silently ignored.
/// </para>
/// </remarks>
internal sealed partial class ProfileFastReader
{
    private static readonly byte[] RecordedScoreKind = System.Text.Encoding.UTF8.GetBytes(RecordedScore.Kind);

    private readonly JsonSerializerOptions _options;
    private readonly JsonReaderOptions _readerOptions;
    private readonly JsonConverter<InstrumentAssessment> _assessment;
    private readonly JsonConverter<ImmutableArray<InstrumentAssessment>> _assessments;
    private readonly JsonConverter<DiseaseFeatures> _features;
    private readonly JsonConverter<Sex> _sex;
    private readonly JsonConverter<ExposureStatus> _exposureStatus;
    private readonly JsonConverter<SampleMatrix> _matrix;
    private readonly JsonConverter<StopReason> _stopReason;
    private readonly bool _readsRecordedScores;

    /// <summary>Creates the reader for a contract.</summary>
    /// <param name="options">The contract's read-only options (core and module metadata).</param>
    /// <param name="recordedScoreRegistered">Whether <c>core.recorded-score</c> names <see cref="RecordedScore"/> in this contract.</param>
    public ProfileFastReader(JsonSerializerOptions options, bool recordedScoreRegistered)
    {
        _options = options;
        _readerOptions = new JsonReaderOptions
        {
            MaxDepth = options.MaxDepth,
            AllowTrailingCommas = options.AllowTrailingCommas,
            CommentHandling = options.ReadCommentHandling,
        };
        // The contract's own converters, called on this reader: JsonSerializer.Deserialize(ref reader, ...) would first
        // skip the value to scope a new reader to it (a second pass, and a depth count restarted from zero).
        _assessment = (JsonConverter<InstrumentAssessment>)options.GetTypeInfo(typeof(InstrumentAssessment)).Converter;
        _assessments = (JsonConverter<ImmutableArray<InstrumentAssessment>>)options.GetTypeInfo(typeof(ImmutableArray<InstrumentAssessment>)).Converter;
        _features = (JsonConverter<DiseaseFeatures>)options.GetTypeInfo(typeof(DiseaseFeatures)).Converter;
        _sex = (JsonConverter<Sex>)options.GetTypeInfo(typeof(Sex)).Converter;
        _exposureStatus = (JsonConverter<ExposureStatus>)options.GetTypeInfo(typeof(ExposureStatus)).Converter;
        _matrix = (JsonConverter<SampleMatrix>)options.GetTypeInfo(typeof(SampleMatrix)).Converter;
        _stopReason = (JsonConverter<StopReason>)options.GetTypeInfo(typeof(StopReason)).Converter;
        _readsRecordedScores = recordedScoreRegistered;
    }

    /// <summary>Reads a profile, or declines.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="profile">The profile, equal to what the source-generated read returns.</param>
    /// <param name="checkNullElements">
    /// Whether a part read by the contract's metadata holds a <c>null</c> token, so that the document still needs the
    /// null list element check.
    /// </param>
    /// <returns><see langword="true"/> when the profile was read; <see langword="false"/> to have the contract read it.</returns>
    public bool TryRead(ReadOnlySpan<byte> utf8Json, out PatientProfile? profile, out bool checkNullElements)
    {
        var state = new ReadState(utf8Json);
        try
        {
            var reader = new Utf8JsonReader(utf8Json, _readerOptions);
            if (reader.Read() && TryReadProfile(ref reader, ref state, out profile) && !reader.Read())
            {
                checkNullElements = state.CheckNullElements;
                return true;
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Whatever went wrong, the contract's own read finds it again and reports it as it always has.
        }

        profile = null;
        checkNullElements = false;
        return false;
    }

    private bool TryReadProfile(ref Utf8JsonReader reader, ref ReadState state, out PatientProfile? profile)
    {
        profile = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        int? schemaVersion = null;
        SubjectId subject = default;
        int? birthYear = null;
        var sex = Sex.Unknown;
        ImmutableArray<BodyWeightMeasurement> bodyWeights = [];
        ImmutableArray<Diagnosis> diagnoses = [];
        ImmutableArray<TherapyCourse> therapies = [];
        ImmutableArray<Observation> observations = [];
        ImmutableArray<AutoantibodyResult> autoantibodies = [];
        ImmutableArray<GenotypeResult> genotypes = [];
        ImmutableArray<Comorbidity> comorbidities = [];
        ImmutableArray<Exposure> exposures = [];
        ImmutableArray<DrugLevel> drugLevels = [];
        ImmutableArray<RefillAdherence> refills = [];
        ImmutableArray<AntiDrugAntibodyResult> antiDrugAntibodies = [];
        ImmutableArray<InstrumentAssessment> assessments = [];
        var seen = new Seen();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var ok =
                reader.ValueTextEquals("schemaVersion"u8) ? seen.First(0) && reader.Read() && TryReadInt32(ref reader, out schemaVersion) && schemaVersion is not null
                : reader.ValueTextEquals("subject"u8) ? seen.First(1) && reader.Read() && TryReadIdentifier(ref reader, out subject)
                : reader.ValueTextEquals("birthYear"u8) ? seen.First(2) && reader.Read() && TryReadInt32(ref reader, out birthYear)
                : reader.ValueTextEquals("sex"u8) ? seen.First(3) && reader.Read() && TryReadEnum(ref reader, _sex, out sex)
                : reader.ValueTextEquals("bodyWeights"u8) ? seen.First(4) && reader.Read() && TryReadList(ref reader, ref state, TryReadBodyWeight, out bodyWeights)
                : reader.ValueTextEquals("diagnoses"u8) ? seen.First(5) && reader.Read() && TryReadList(ref reader, ref state, TryReadDiagnosis, out diagnoses)
                : reader.ValueTextEquals("therapies"u8) ? seen.First(6) && reader.Read() && TryReadList(ref reader, ref state, TryReadCourse, out therapies)
                : reader.ValueTextEquals("observations"u8) ? seen.First(7) && reader.Read() && TryReadList(ref reader, ref state, TryReadObservation, out observations)
                : reader.ValueTextEquals("autoantibodies"u8) ? seen.First(8) && reader.Read() && TryReadList(ref reader, ref state, TryReadAutoantibody, out autoantibodies)
                : reader.ValueTextEquals("genotypes"u8) ? seen.First(9) && reader.Read() && TryReadList(ref reader, ref state, TryReadGenotype, out genotypes)
                : reader.ValueTextEquals("comorbidities"u8) ? seen.First(10) && reader.Read() && TryReadList(ref reader, ref state, TryReadComorbidity, out comorbidities)
                : reader.ValueTextEquals("exposures"u8) ? seen.First(11) && reader.Read() && TryReadList(ref reader, ref state, TryReadExposure, out exposures)
                : reader.ValueTextEquals("drugLevels"u8) ? seen.First(12) && reader.Read() && TryReadList(ref reader, ref state, TryReadDrugLevel, out drugLevels)
                : reader.ValueTextEquals("refillAdherence"u8) ? seen.First(13) && reader.Read() && TryReadList(ref reader, ref state, TryReadRefill, out refills)
                : reader.ValueTextEquals("antiDrugAntibodies"u8) ? seen.First(14) && reader.Read() && TryReadList(ref reader, ref state, TryReadAntiDrugAntibody, out antiDrugAntibodies)
                : reader.ValueTextEquals("assessments"u8) && seen.First(15) && reader.Read() && TryReadAssessments(ref reader, ref state, out assessments);
            if (!ok)
            {
                return false;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || schemaVersion is null || !subject.IsSpecified)
        {
            return false;
        }

        // A list left out of the document is empty, as the model's own default.
        profile = new PatientProfile
        {
            SchemaVersion = schemaVersion.Value,
            Subject = subject,
            BirthYear = birthYear,
            Sex = sex,
            BodyWeights = bodyWeights,
            Diagnoses = diagnoses,
            Therapies = therapies,
            Observations = observations,
            Autoantibodies = autoantibodies,
            Genotypes = genotypes,
            Comorbidities = comorbidities,
            Exposures = exposures,
            DrugLevels = drugLevels,
            RefillAdherence = refills,
            AntiDrugAntibodies = antiDrugAntibodies,
            Assessments = assessments,
        };
        return true;
    }

    /// <summary>Reads one list element, or declines; a <c>null</c> element is never passed to it.</summary>
    private delegate bool ElementReader<T>(ProfileFastReader self, ref Utf8JsonReader reader, ref ReadState state, out T? element)
        where T : class;

    // A JSON array of non-null elements. The elements are gathered in a pooled buffer and copied once into an array of
    // the exact size, which the immutable array then wraps.
    private bool TryReadList<T>(ref Utf8JsonReader reader, ref ReadState state, ElementReader<T> read, out ImmutableArray<T> list)
        where T : class
    {
        list = default;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var buffer = ArrayPool<T>.Shared.Rent(16);
        var count = 0;
        try
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                // A null element is the contract's AIR1003; the contract's read reports it with its path.
                if (reader.TokenType == JsonTokenType.Null || !read(this, ref reader, ref state, out var element) || element is null)
                {
                    return false;
                }

                if (count == buffer.Length)
                {
                    var larger = ArrayPool<T>.Shared.Rent(count * 2);
                    buffer.AsSpan(0, count).CopyTo(larger);
                    ArrayPool<T>.Shared.Return(buffer, clearArray: true);
                    buffer = larger;
                }

                buffer[count++] = element;
            }

            list = count == 0 ? [] : ImmutableCollectionsMarshal.AsImmutableArray(buffer.AsSpan(0, count).ToArray());
            return true;
        }
        finally
        {
            ArrayPool<T>.Shared.Return(buffer, clearArray: true);
        }
    }

    // Parts read by the contract's metadata: the reader is on the value's first token and ends on its last.
    private bool TryReadFeatures(ref Utf8JsonReader reader, ref ReadState state, out DiseaseFeatures? features)
    {
        var start = reader.TokenStartIndex;
        features = _features.Read(ref reader, typeof(DiseaseFeatures), _options);
        state.Delegated(start, reader.BytesConsumed);
        return features is not null;
    }

    // A list that starts with a module assessment (a lupus profile's SLEDAI-2K visits, say) is read by the contract's
    // list metadata in one call: one read stack for the list instead of one per element, which allocates about a
    // quarter less for the lupus profile's assessments in about the same time (benchmarks.md). A list that starts with
    // a recorded score whose kind comes first, as the core writes them, is read element by element so that those scores
    // are read by hand. Either way every element is read as the contract reads it; the first element only decides the
    // cost. The contract's list reader accepts a null element, which the contract's read then reports as AIR1003, so
    // the fast path declines one.
    private bool TryReadAssessments(ref Utf8JsonReader reader, ref ReadState state, out ImmutableArray<InstrumentAssessment> assessments)
    {
        assessments = default;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var first = reader;
        if (!first.Read() || first.TokenType != JsonTokenType.StartObject || IsRecordedScore(ref first))
        {
            return TryReadList(ref reader, ref state, TryReadAssessment, out assessments);
        }

        var start = reader.TokenStartIndex;
        assessments = _assessments.Read(ref reader, typeof(ImmutableArray<InstrumentAssessment>), _options);
        state.Delegated(start, reader.BytesConsumed);
        if (assessments.IsDefault)
        {
            return false;
        }

        foreach (var assessment in assessments)
        {
            if (assessment is null)
            {
                return false;
            }
        }

        return true;
    }

    // Whether the object the reader is on starts with "$kind": "core.recorded-score" and this reader reads those; if
    // so, the reader is left on the kind's value.
    private bool IsRecordedScore(ref Utf8JsonReader reader)
    {
        if (!_readsRecordedScores || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var attempt = reader;
        if (attempt.Read() && attempt.TokenType == JsonTokenType.PropertyName && attempt.ValueTextEquals("$kind"u8)
            && attempt.Read() && attempt.TokenType == JsonTokenType.String && attempt.ValueTextEquals(RecordedScoreKind))
        {
            reader = attempt;
            return true;
        }

        return false;
    }

    private static bool TryReadAssessment(ProfileFastReader self, ref Utf8JsonReader reader, ref ReadState state, out InstrumentAssessment? assessment)
    {
        // A recorded score that names its kind first, as the contract writes it, is read here; any other assessment,
        // or a recorded score with its kind elsewhere, by the contract's polymorphic metadata.
        if (self.IsRecordedScore(ref reader))
        {
            var read = self.TryReadRecordedScore(ref reader, out var score);
            assessment = score;
            return read;
        }

        var start = reader.TokenStartIndex;
        assessment = self._assessment.Read(ref reader, typeof(InstrumentAssessment), self._options);
        state.Delegated(start, reader.BytesConsumed);
        return assessment is not null;
    }

    /// <summary>What the read has learned about the document beyond the values.</summary>
    private ref struct ReadState(ReadOnlySpan<byte> document)
    {
        private readonly ReadOnlySpan<byte> _document = document;

        /// <summary>Gets whether a part read by the contract's metadata holds a <c>null</c> token (or the text null).</summary>
        public bool CheckNullElements { get; private set; }

        /// <summary>Notes a part read by the contract's metadata, which does not check its lists for null elements.</summary>
        public void Delegated(long start, long end)
        {
            if (!CheckNullElements && _document[(int)start..(int)end].IndexOf("null"u8) >= 0)
            {
                CheckNullElements = true;
            }
        }
    }

    /// <summary>The members of one object already read: a repeated member makes the read decline.</summary>
    private struct Seen
    {
        private int _bits;

        /// <summary>Marks member <paramref name="index"/> (0 to 31) as read.</summary>
        /// <returns><see langword="false"/> when it was read before.</returns>
        public bool First(int index)
        {
            var bit = 1 << index;
            if ((_bits & bit) != 0)
            {
                return false;
            }

            _bits |= bit;
            return true;
        }

        /// <summary>Gets whether every member of <paramref name="mask"/> (bit <c>i</c> for member <c>i</c>) was read.</summary>
        public readonly bool Has(int mask) => (_bits & mask) == mask;
    }
}
