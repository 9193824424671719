using System.Text;
using AutoimmuneResistance.Tests.TestModule;

namespace AutoimmuneResistance.Tests.Json;

public sealed class ProfileJsonTests
{
    private static readonly ResistanceJson Json = Profiles.Pipeline().Json;

    [Fact]
    public void A_profile_round_trips_to_identical_bytes()
    {
        var bytes = Json.SerializeToUtf8Bytes(Profiles.Toy());

        var read = Json.ReadProfile(bytes);

        Assert.False(read.HasErrors);
        Assert.Equal(Encoding.UTF8.GetString(bytes), Json.Serialize(read.Profile!));
    }

    [Fact]
    public void The_wire_format_is_camel_case_with_kinds_and_ucum_units()
    {
        var text = Json.Serialize(Profiles.Toy());

        Assert.Contains("\"schemaVersion\":1", text, StringComparison.Ordinal);
        Assert.Contains("\"subject\":\"T-1\"", text, StringComparison.Ordinal);
        Assert.Contains("\"$kind\":\"toy.features\"", text, StringComparison.Ordinal);
        Assert.Contains("\"$kind\":\"toy.activity\"", text, StringComparison.Ordinal);
        Assert.Contains("\"matrix\":\"whole-blood\"", text, StringComparison.Ordinal);
        Assert.Contains("\"unit\":\"ng/mL\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("null", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_kind_may_come_anywhere_in_the_object()
    {
        var read = Json.ReadProfile("""
            {"schemaVersion":1,"subject":"S","diagnoses":[{"disease":"toy","features":{"severe":true,"$kind":"toy.features"}}]}
            """);

        Assert.False(read.HasErrors);
        Assert.True(Assert.IsType<ToyFeatures>(read.Profile!.Diagnoses[0].Features).Severe);
    }

    [Fact]
    public void An_unknown_kind_is_rejected_with_its_path_and_the_registered_kinds()
    {
        var read = Json.ReadProfile("""
            {"schemaVersion":1,"subject":"S","diagnoses":[{"disease":"toy","features":{"$kind":"toy.nope"}}]}
            """);

        var error = Assert.Single(read.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownKind, error.Code);
        Assert.StartsWith("$.diagnoses[0].features", error.Path, StringComparison.Ordinal);
        Assert.DoesNotContain("toy.nope", error.Message, StringComparison.Ordinal); // the value only on request
        Assert.Null(error.Value);
        Assert.Contains("registered kinds of DiseaseFeatures: toy.features", error.Message, StringComparison.Ordinal);
        Assert.Null(read.Profile);
    }

    [Fact]
    public void A_missing_kind_is_rejected_with_the_registered_kinds()
    {
        var read = Json.ReadProfile("""
            {"schemaVersion":1,"subject":"S","assessments":[{"on":"2023-01-01","score":3}]}
            """);

        var error = Assert.Single(read.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownKind, error.Code);
        Assert.StartsWith("$.assessments[0]", error.Path, StringComparison.Ordinal);
        Assert.Contains("core.recorded-score, toy.activity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_module_its_kinds_are_unknown()
    {
        var text = Json.Serialize(Profiles.Toy());

        var read = ResistanceJson.Core.ReadProfile(text);

        Assert.Equal(DiagnosticCodes.UnknownKind, Assert.Single(read.Diagnostics).Code);
    }

    [Fact]
    public void A_misspelt_property_is_rejected_rather_than_ignored()
    {
        var read = Json.ReadProfile("""{"schemaVersion":1,"subject":"S","therapys":[]}""");

        var error = Assert.Single(read.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownProperty, error.Code);
        Assert.Contains("therapys", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_property_is_named()
    {
        var read = Json.ReadProfile("""{"schemaVersion":1,"subject":"S","therapies":[{"therapy":"azathioprine","start":"2020-01-01"}]}""");

        var error = Assert.Single(read.Diagnostics);
        Assert.Equal(DiagnosticCodes.MissingRequiredProperty, error.Code);
        Assert.Equal("$.therapies[0]", error.Path);
        Assert.Contains("class", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_for_a_non_nullable_member_is_rejected()
    {
        var read = Json.ReadProfile("""
            {"schemaVersion":1,"subject":"S","observations":[{"on":"2023-01-01","code":null,"value":{"value":1,"unit":"mg/L"}}]}
            """);

        var error = Assert.Single(read.Diagnostics);
        Assert.Equal(DiagnosticCodes.MissingRequiredProperty, error.Code);
        Assert.StartsWith("$.observations[0]", error.Path, StringComparison.Ordinal);
    }

    // The serializer's RespectNullableAnnotations does not cover collection elements; the reader checks them itself.
    [Theory]
    [InlineData("""{"schemaVersion":1,"subject":"S","observations":[null]}""", "$.observations[0]")]
    [InlineData("""{"schemaVersion":1,"subject":"S","therapies":[{"therapy":"azathioprine","class":"antimetabolite","start":"2020-01-01","regimen":{"dose":{"value":5,"unit":"mg"}},"doseChanges":[{"on":"2020-02-01","regimen":{"dose":{"value":5,"unit":"mg"}}},null]}]}""", "$.therapies[0].doseChanges[1]")]
    [InlineData("""{"schemaVersion":1,"subject":"S","diagnoses":[],"assessments":[{"$kind":"core.recorded-score","on":"2023-01-10","instrument":"x.null","score":8},null]}""", "$.assessments[1]")]
    public void A_null_list_element_is_rejected_at_its_path(string json, string path)
    {
        var read = Json.ReadProfile(json);

        Assert.Null(read.Profile);
        var error = Assert.Single(read.Diagnostics);
        Assert.Equal(DiagnosticCodes.MissingRequiredProperty, error.Code);
        Assert.Equal(path, error.Path);
    }

    // The enum reader accepts numbers; one outside the enumeration is a validation error at its path.
    [Theory]
    [InlineData("""{"schemaVersion":1,"subject":"S","sex":7}""", "$.sex")]
    [InlineData("""{"schemaVersion":1,"subject":"S","drugLevels":[{"on":"2023-01-01","therapy":"hydroxychloroquine","matrix":"0","level":{"value":500,"unit":"ng/mL"}}]}""", "$.drugLevels[0].matrix")]
    [InlineData("""{"schemaVersion":1,"subject":"S","exposures":[{"kind":"smoking","status":-1}]}""", "$.exposures[0].status")]
    [InlineData("""{"schemaVersion":1,"subject":"S","therapies":[{"therapy":"azathioprine","class":"antimetabolite","start":"2020-01-01","stopReason":99}]}""", "$.therapies[0].stopReason")]
    public void A_number_outside_an_enumeration_is_a_validation_error_at_its_path(string json, string path)
    {
        var read = Json.ReadProfile(json);
        Assert.False(read.HasErrors, string.Join("; ", read.Diagnostics));

        var errors = Profiles.Pipeline().Validate(read.Profile!).Where(d => d.Severity == DiagnosticSeverity.Error);

        var error = Assert.Single(errors);
        Assert.Equal(DiagnosticCodes.InvalidValue, error.Code);
        Assert.Equal(path, error.Path);
    }

    // A plausibility bound that also keeps every window added to a date inside the calendar.
    [Theory]
    [InlineData("""{"schemaVersion":1,"subject":"S","therapies":[{"therapy":"azathioprine","class":"antimetabolite","start":"9999-12-31"}]}""", "$.therapies[0].start")]
    [InlineData("""{"schemaVersion":1,"subject":"S","therapies":[{"therapy":"azathioprine","class":"antimetabolite","start":"2020-01-01","end":"2300-01-01"}]}""", "$.therapies[0].end")]
    [InlineData("""{"schemaVersion":1,"subject":"S","observations":[{"on":"1799-12-31","code":{"system":"http://loinc.org","code":"2890-2"},"value":{"value":1,"unit":"g/g"}}]}""", "$.observations[0].on")]
    public void A_date_outside_1800_to_2299_is_rejected_at_its_path(string json, string path)
    {
        var read = Json.ReadProfile(json);

        var error = Assert.Single(read.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidValue, error.Code);
        Assert.Equal(path, error.Path);
        Assert.Contains("1800-01-01 and 2299-12-31", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_and_last_plausible_dates_read_and_write_back()
    {
        const string Json1800 = """{"schemaVersion":1,"subject":"S","therapies":[{"therapy":"azathioprine","class":"antimetabolite","start":"1800-01-01","end":"2299-12-31"}]}""";

        var read = Json.ReadProfile(Json1800);

        Assert.False(read.HasErrors, string.Join("; ", read.Diagnostics));
        Assert.Contains("\"start\":\"1800-01-01\",\"end\":\"2299-12-31\"", Json.Serialize(read.Profile!), StringComparison.Ordinal);
    }

    // A value the built-in readers cannot convert gets a message that says what the property expects, not only that
    // the JSON type is wrong (a misspelt name or a malformed date is a string, the right JSON type).
    [Theory]
    [InlineData("""{"schemaVersion":1,"subject":"S","sex":"woman"}""", "$.sex", "expected one of the Sex names as a string: unknown, female, male, other")]
    [InlineData("""{"schemaVersion":1,"subject":"S","therapies":[{"therapy":"azathioprine","class":"antimetabolite","start":"2024-02-30"}]}""", "$.therapies[0].start", "expected an ISO 8601 calendar date as a string, such as \"2023-07-14\"")]
    [InlineData("""{"schemaVersion":1,"subject":"S","birthYear":"1990"}""", "$.birthYear", "expected a JSON number")]
    [InlineData("""{"schemaVersion":1,"subject":"S","therapies":"azathioprine"}""", "$.therapies", "expected a JSON array")]
    [InlineData("""{"schemaVersion":1,"subject":"S","therapies":["azathioprine"]}""", "$.therapies[0]", "expected a JSON object (a TherapyCourse)")]
    public void A_value_the_reader_cannot_convert_is_explained_by_what_the_property_expects(string json, string path, string expected)
    {
        var error = Assert.Single(Json.ReadProfile(json).Diagnostics);

        Assert.Equal(DiagnosticCodes.InvalidJson, error.Code);
        Assert.Equal(path, error.Path);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_null_inside_a_string_is_not_a_null_element()
    {
        var read = Json.ReadProfile("""{"schemaVersion":1,"subject":"null","observations":[]}""");

        Assert.False(read.HasErrors, string.Join("; ", read.Diagnostics));
    }

    [Fact]
    public void An_out_of_range_quantity_is_rejected_at_its_path()
    {
        var read = Json.ReadProfile("""
            {"schemaVersion":1,"subject":"S","therapies":[{"therapy":"azathioprine","class":"antimetabolite","start":"2020-01-01","regimen":{"dose":{"value":-5,"unit":"mg"}}}]}
            """);

        var error = Assert.Single(read.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidValue, error.Code);
        Assert.StartsWith("$.therapies[0].regimen.dose", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_identifier_is_rejected_with_the_rule()
    {
        var read = Json.ReadProfile("""{"schemaVersion":1,"subject":"S","diagnoses":[{"disease":"Lupus!"}]}""");

        var error = Assert.Single(read.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidValue, error.Code);
        Assert.Equal("$.diagnoses[0].disease", error.Path);
        Assert.Contains("DiseaseId", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"schemaVersion":1,"subject":"S","birthYear":"1990"}""")]
    [InlineData("""{"schemaVersion":1,"subject":"S",""")]
    [InlineData("""[1,2]""")]
    public void Malformed_json_and_wrong_types_are_reported_not_thrown(string json)
    {
        var read = Json.ReadProfile(json);

        Assert.True(read.HasErrors);
        Assert.Equal(DiagnosticCodes.InvalidJson, Assert.Single(read.Diagnostics).Code);
    }

    [Fact]
    public void Number_strings_are_not_accepted_for_numbers()
    {
        var read = Json.ReadProfile("""{"schemaVersion":1,"subject":"S","birthYear":"1990"}""");

        Assert.Equal("$.birthYear", Assert.Single(read.Diagnostics).Path);
    }

    [Fact]
    public void An_assessment_round_trips_with_its_findings_and_details()
    {
        var pipeline = Profiles.Pipeline();
        var assessment = pipeline.Evaluate(Profiles.Toy());
        var bytes = pipeline.Json.SerializeToUtf8Bytes(assessment);

        var read = pipeline.Json.DeserializeAssessment(bytes);

        Assert.Equal(Encoding.UTF8.GetString(bytes), pipeline.Json.Serialize(read));
        Assert.IsType<ToyDetail>(read.Findings[0].Detail);
    }
}

public sealed class ProfileJsonDefaultsTests
{
    // The source-generated serializer does not run property initializers for members missing from the JSON, so
    // every default the contract documents is pinned here.
    [Fact]
    public void Omitted_optional_members_read_as_their_documented_defaults()
    {
        var read = ResistanceJson.Core.ReadProfile("""
            {"schemaVersion":1,"subject":"S","therapies":[{"therapy":"azathioprine","class":"antimetabolite","start":"2024-01-01","regimen":{"dose":{"value":100,"unit":"mg"}}}]}
            """);

        var profile = read.Profile!;
        Assert.Equal(Sex.Unknown, profile.Sex);
        Assert.Empty(profile.Diagnoses);
        var course = profile.Therapies[0];
        Assert.Null(course.Route);
        Assert.Empty(course.DoseChanges);
        Assert.Equal(1, course.Regimen!.Administrations);
        Assert.Equal(1, course.Regimen.IntervalDays);
        Assert.Null(course.Regimen.TotalAdministrations);
        Assert.Equal(Dose.Milligrams(100m), course.Regimen.AverageDailyDose());
        Assert.Empty(ResistanceJson.Core.ReadProfile(ResistanceJson.Core.Serialize(profile)).Diagnostics);
    }

    [Fact]
    public void A_document_must_state_its_schema_version()
    {
        var read = ResistanceJson.Core.ReadProfile("""{"subject":"S"}""");

        var error = Assert.Single(read.Diagnostics);
        Assert.Equal(DiagnosticCodes.MissingRequiredProperty, error.Code);
        Assert.Contains("schemaVersion", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsupported_schema_version_is_a_validation_error()
    {
        var profile = ResistanceJson.Core.ReadProfile("""{"schemaVersion":2,"subject":"S"}""").Profile!;

        var error = Assert.Single(new ResistancePipelineBuilder().Build().Validate(profile));

        Assert.Equal(DiagnosticCodes.UnsupportedSchemaVersion, error.Code);
        Assert.Equal("$.schemaVersion", error.Path);
    }

    [Fact]
    public void The_average_daily_dose_is_derived_not_serialized()
    {
        var text = ResistanceJson.Core.Serialize(new PatientProfile
        {
            Subject = SubjectId.Create("S"),
            Therapies = [new TherapyCourse { Therapy = TherapyId.Hydroxychloroquine, Class = TherapyClass.Antimalarial, Start = new DateOnly(2024, 1, 1), Regimen = new DoseRegimen(Dose.Milligrams(600m), intervalDays: 2) }],
        });

        Assert.DoesNotContain("averageDailyDose", text, StringComparison.Ordinal);
        Assert.Contains("\"regimen\":{\"dose\":{\"value\":600,\"unit\":\"mg\"},\"administrations\":1,\"intervalDays\":2}", text, StringComparison.Ordinal);
    }
}
