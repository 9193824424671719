using System.Text;
using AutoimmuneResistance.Tests.TestModule;

namespace AutoimmuneResistance.Tests.Json;

// A profile document larger than ProfileReadLimits.MaxBytes is refused before it is read (AIR1006 at "$"); one of
// exactly that size is read. The limit applies to single reads and to every cohort record.
public sealed class ProfileReadLimitsTests
{
    private static byte[] Padded(ResistancePipeline pipeline, int length)
    {
        // Trailing whitespace is valid JSON, so the document reads the same at any length from its compact size up.
        var compact = pipeline.Json.SerializeToUtf8Bytes(Profiles.Toy());
        Assert.True(compact.Length <= length);
        return [.. compact, .. Enumerable.Repeat((byte)' ', length - compact.Length)];
    }

    private static ResistancePipeline Limited(int maxBytes) =>
        new ResistancePipelineBuilder().AddModule(new ToyModule()).WithProfileReadLimits(new ProfileReadLimits { MaxBytes = maxBytes }).Build();

    [Fact]
    public void A_document_at_the_limit_is_read_and_one_byte_over_is_refused_at_the_root()
    {
        var pipeline = Limited(4096);

        var atLimit = pipeline.Json.ReadProfile(Padded(pipeline, 4096));
        var over = pipeline.Json.ReadProfile(Padded(pipeline, 4097));

        Assert.False(atLimit.HasErrors, string.Join("; ", atLimit.Diagnostics));
        Assert.Null(over.Profile);
        var refused = Assert.Single(over.Diagnostics);
        Assert.Equal(DiagnosticCodes.ProfileTooLarge, refused.Code);
        Assert.Equal(DiagnosticSeverity.Error, refused.Severity);
        Assert.Equal("$", refused.Path);
        Assert.Equal("the document is 4097 bytes, over the limit of 4096 bytes (ProfileReadLimits.MaxBytes); it was not read", refused.Message);
    }

    [Fact]
    public void The_default_is_16_MiB_and_the_pipeline_reports_the_limits_it_applies()
    {
        Assert.Equal(16 * 1024 * 1024, ProfileReadLimits.Default.MaxBytes);
        Assert.Same(ProfileReadLimits.Default, Profiles.Pipeline().Json.ReadLimits);
        Assert.Same(ProfileReadLimits.Default, ResistanceJson.Core.ReadLimits);
        Assert.Equal(2048, Limited(2048).Json.ReadLimits.MaxBytes);
    }

    [Fact]
    public void A_limit_below_the_minimum_or_null_limits_are_refused_by_the_builder()
    {
        var builder = new ResistancePipelineBuilder();

        var tooSmall = Assert.Throws<ArgumentOutOfRangeException>(() => builder.WithProfileReadLimits(new ProfileReadLimits { MaxBytes = ProfileReadLimits.MinBytes - 1 }));
        Assert.Equal("MaxBytes", tooSmall.ParamName);
        Assert.Throws<ArgumentNullException>(() => builder.WithProfileReadLimits(null!));
    }

    private static ResistancePipeline ListLimited(int maxListEntries) =>
        new ResistancePipelineBuilder().AddModule(new ToyModule()).WithProfileReadLimits(new ProfileReadLimits { MaxListEntries = maxListEntries }).Build();

    private static PatientProfile WithObservations(int count) => Profiles.Toy() with
    {
        Observations =
        [
            .. Enumerable.Range(0, count).Select(i => new Observation
            {
                On = new DateOnly(2020, 1, 1).AddDays(i),
                Code = ClinicalCode.Loinc("2890-2"),
                Value = Quantity.Create(1m, QuantityUnit.GramPerGram),
            }),
        ],
    };

    [Fact]
    public void A_list_at_the_entry_limit_is_read_and_one_entry_over_is_refused_at_that_entry()
    {
        var pipeline = ListLimited(3);

        var atLimit = pipeline.Json.ReadProfile(pipeline.Json.SerializeToUtf8Bytes(WithObservations(3)));
        var over = pipeline.Json.ReadProfile(pipeline.Json.SerializeToUtf8Bytes(WithObservations(4)));

        Assert.False(atLimit.HasErrors, string.Join("; ", atLimit.Diagnostics));
        Assert.Equal(3, atLimit.Profile!.Observations.Length);
        Assert.Null(over.Profile);
        var refused = Assert.Single(over.Diagnostics);
        Assert.Equal((DiagnosticCodes.ProfileTooLarge, "$.observations[3]"), (refused.Code, refused.Path));
        Assert.Equal("the list holds more than 3 entries (ProfileReadLimits.MaxListEntries); the document was not read", refused.Message);
    }

    [Fact]
    public void A_nested_list_of_primitives_is_bounded_too_and_named_by_its_path()
    {
        // A clinical code list inside a diagnosis: the limit holds for lists at any depth, of any element type.
        var pipeline = ListLimited(2);
        var json = """
            {"schemaVersion":1,"subject":"A","diagnoses":[{"disease":"toy","onset":"2020-01-01","codes":[
            {"system":"http://snomed.info/sct","code":"55464009"},{"system":"http://snomed.info/sct","code":"55464009"},
            {"system":"http://snomed.info/sct","code":"55464009"}]}]}
            """;

        var refused = Assert.Single(pipeline.Json.ReadProfile(json).Diagnostics);

        Assert.Equal((DiagnosticCodes.ProfileTooLarge, "$.diagnoses[0].codes[2]"), (refused.Code, refused.Path));
    }

    [Fact]
    public void The_default_entry_limit_scans_only_documents_long_enough_to_break_it()
    {
        Assert.Equal(100_000, ProfileReadLimits.Default.MaxListEntries);
        Assert.Null(ListElementCheck.FindBeyond("[1,1,1]"u8, 32, 3));
        Assert.Equal("$[3]", ListElementCheck.FindBeyond("[1,1,1,1]"u8, 32, 3)!.Path);
        Assert.Null(ListElementCheck.FindBeyond("[1,1,1,"u8, 32, 3)); // malformed: the read reports it
        var zero = Assert.Throws<ArgumentOutOfRangeException>(() => new ProfileReadLimits { MaxListEntries = 0 }.Validate());
        Assert.Equal("MaxListEntries", zero.ParamName);
    }

    [Fact]
    public async Task A_cohort_record_over_the_profile_limit_is_an_error_outcome_and_the_run_goes_on()
    {
        var pipeline = Limited(2048);
        var small = pipeline.Json.Serialize(Profiles.Toy("A"));
        var large = Encoding.UTF8.GetString(Padded(pipeline, 3000));
        var input = Encoding.UTF8.GetBytes(string.Join('\n', small, large, small.Replace("\"A\"", "\"C\"", StringComparison.Ordinal)) + "\n");

        var outcomes = await pipeline.EvaluateJsonLinesAsync(new MemoryStream(input), new CohortOptions { MaxDegreeOfParallelism = 2 }).ToListAsync();

        Assert.Equal(3, outcomes.Count);
        Assert.True(outcomes[0].IsSuccess);
        var refused = Assert.Single(outcomes[1].Errors);
        Assert.Equal((DiagnosticCodes.ProfileTooLarge, "$"), (refused.Code, refused.Path));
        Assert.Equal(2L, outcomes[1].Line);
        Assert.True(outcomes[2].IsSuccess);
    }
}
