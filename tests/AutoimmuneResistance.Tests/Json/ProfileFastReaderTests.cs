using System.Text;
using System.Text.Json.Serialization.Metadata;
using AutoimmuneResistance.Tests.TestModule;

namespace AutoimmuneResistance.Tests.Json;

/// <summary>
/// The hand-written fast path of <see cref="ResistanceJson.ReadProfile(ReadOnlySpan{byte})"/>: what it reads itself, what
/// it declines (so that the source-generated contract reads the document and reports the error, with its code, path and
/// message), and that its table of members matches the source-generated metadata.
/// </summary>
public sealed class ProfileFastReaderTests
{
    private static readonly ResistanceJson Json = Profiles.Pipeline().Json;

    private static readonly ProfileFastReader Fast = new(Json.Options, recordedScoreRegistered: true);

    // Every hand-read record with every member, optional ones included, plus features and a module assessment.
    private const string Full = """
        {"schemaVersion":1,"subject":"P-1","birthYear":1980,"sex":"female",
         "bodyWeights":[{"on":"2020-01-02","weight":{"value":64.5,"unit":"kg"}}],
         "diagnoses":[{"disease":"toy","onset":"2019-05-06","codes":[{"system":"http://hl7.org/fhir/sid/icd-10","code":"M32.1","display":"SLE"}],"features":{"$kind":"toy.features","severe":true}}],
         "therapies":[{"therapy":"hydroxychloroquine","class":"antimalarial","regimen":{"dose":{"value":200,"unit":"mg"},"administrations":2},"start":"2019-06-01","indication":"toy"},
           {"therapy":"rituximab","class":"anti-cd20","code":{"system":"http://www.whocc.no/atc","code":"L01FA01","display":"rituximab"},"route":"intravenous",
            "regimen":{"dose":{"value":1,"unit":"g"},"administrations":1,"intervalDays":14,"totalAdministrations":2},
            "doseChanges":[{"on":"2020-01-15","regimen":{"dose":{"value":500,"unit":"mg"},"intervalDays":7}},{"on":"2020-02-01","regimen":{"dose":{"value":10,"unit":"mg/kg"}}}],
            "administered":[{"on":"2020-01-01","reaction":true},{"on":"2020-01-15","reaction":false},{"on":"2020-02-01"}],
            "start":"2020-01-01","end":"2020-06-30","stopReason":"adverse-event"}],
         "observations":[{"on":"2020-02-03","code":{"system":"http://loinc.org","code":"2890-2"},"value":{"value":0.45,"unit":"g/g"},"referenceLow":{"value":0,"unit":"g/g"},"referenceHigh":{"value":0.2,"unit":"g/g"}}],
         "autoantibodies":[{"antibody":"anti-dsdna","on":"2020-02-03","positive":true,"titerDenominator":80,"level":{"value":120,"unit":"[IU]/mL"},"code":{"system":"http://loinc.org","code":"5048-4"}}],
         "genotypes":[{"gene":"TPMT","diplotype":"*1/*3A","phenotype":"intermediate-metabolizer","on":"2018-01-01"}],
         "comorbidities":[{"code":{"system":"http://snomed.info/sct","code":"38341003"},"onset":"2015-01-01","resolved":"2016-01-01"}],
         "exposures":[{"kind":"smoking","status":"former","from":"2000-01-01","to":"2010-01-01"}],
         "drugLevels":[{"on":"2020-03-01","therapy":"hydroxychloroquine","matrix":"whole-blood","level":{"value":650,"unit":"ng/mL"},"code":{"system":"http://loinc.org","code":"95921-3"}}],
         "refillAdherence":[{"therapy":"hydroxychloroquine","from":"2020-01-01","to":"2020-06-30","proportionOfDaysCovered":{"value":91.5,"unit":"%"}}],
         "antiDrugAntibodies":[{"on":"2021-01-01","therapy":"rituximab","positive":false,"level":{"value":3,"unit":"ng/mL"}}],
         "assessments":[{"$kind":"core.recorded-score","on":"2020-02-03","instrument":"sledai-2k","score":4.50},{"$kind":"toy.activity","on":"2020-02-04","score":3}]}
        """;

    [Fact]
    public void A_profile_with_every_member_is_read_by_the_fast_path_as_the_contract_reads_it()
    {
        var bytes = Encoding.UTF8.GetBytes(Full);

        Assert.True(Fast.TryRead(bytes, out var profile, out var checkNulls));
        Assert.False(checkNulls);
        var reference = Json.ReadProfileWithContract(bytes);
        Assert.False(reference.HasErrors, string.Join("; ", reference.Diagnostics));
        Assert.Equal(Json.Serialize(reference.Profile!), Json.Serialize(profile!));
        Assert.Equal(4.50m.Scale, ((RecordedScore)profile!.Assessments[0]).Score.Scale);
        Assert.Equal(DiseaseId.Create("toy"), profile.Therapies[0].Indication);
        Assert.Equal(Json.Serialize(reference.Profile!), Json.Serialize(Json.ReadProfile(bytes).Profile!));
    }

    [Fact]
    public void Generated_profiles_are_read_by_the_fast_path()
    {
        foreach (var profile in new[] { Profiles.Toy(), new PatientProfile { Subject = SubjectId.Create("S") } })
        {
            var bytes = Json.SerializeToUtf8Bytes(profile);

            Assert.True(Fast.TryRead(bytes, out var read, out _));
            Assert.Equal(Encoding.UTF8.GetString(bytes), Json.Serialize(read!));
        }
    }

    // A list that starts with a module assessment is read by the contract's list metadata in one call, one that starts
    // with a recorded score element by element; both read every element as the contract does, in any mix.
    [Theory]
    [InlineData("""[{"$kind":"toy.activity","on":"2020-02-04","score":3},{"$kind":"core.recorded-score","on":"2020-02-03","instrument":"sledai-2k","score":4.50},{"$kind":"toy.activity","on":"2020-02-05","score":1}]""")]
    [InlineData("""[{"$kind":"core.recorded-score","on":"2020-02-03","instrument":"sledai-2k","score":4.50},{"$kind":"toy.activity","on":"2020-02-04","score":3},{"$kind":"core.recorded-score","on":"2020-02-06","instrument":"mrss","score":12}]""")]
    [InlineData("""[{"on":"2020-02-03","$kind":"core.recorded-score","instrument":"sledai-2k","score":4.50},{"$kind":"core.recorded-score","on":"2020-02-06","instrument":"mrss","score":12}]""")]
    [InlineData("""[]""")]
    public void Assessments_in_any_order_are_read_by_the_fast_path_as_the_contract_reads_them(string list)
    {
        var bytes = Encoding.UTF8.GetBytes($$"""{"schemaVersion":1,"subject":"S","assessments":{{list}}}""");

        Assert.True(Fast.TryRead(bytes, out var profile, out var checkNulls));
        Assert.False(checkNulls);
        var reference = Json.ReadProfileWithContract(bytes);
        Assert.False(reference.HasErrors, string.Join("; ", reference.Diagnostics));
        Assert.Equal(Json.Serialize(reference.Profile!), Json.Serialize(profile!));
    }

    [Fact]
    public void Null_for_a_nullable_member_reads_as_absent()
    {
        var json = """
            {"schemaVersion":1,"subject":"S","birthYear":null,
             "observations":[{"on":"2020-02-03","code":{"system":"http://loinc.org","code":"2890-2","display":null},"value":{"value":1,"unit":"g/g"},"referenceLow":null,"referenceHigh":null}],
             "autoantibodies":[{"antibody":"anti-dsdna","positive":true,"on":null,"titerDenominator":null,"level":null,"code":null}],
             "genotypes":[{"gene":"TPMT","diplotype":null,"phenotype":"normal-metabolizer","on":null}],
             "diagnoses":[{"disease":"toy","onset":null,"features":null}],
             "therapies":[{"therapy":"prednisone","class":"glucocorticoid","start":"2020-01-01","code":null,"route":null,"regimen":{"dose":{"value":5,"unit":"mg"},"totalAdministrations":null},"end":null,"indication":null,"stopReason":null}]}
            """;
        var bytes = Encoding.UTF8.GetBytes(json);

        Assert.True(Fast.TryRead(bytes, out var profile, out var checkNulls));
        Assert.False(checkNulls);
        Assert.Equal(Json.Serialize(Json.ReadProfileWithContract(bytes).Profile!), Json.Serialize(profile!));
    }

    [Fact]
    public void Escaped_property_names_and_values_read_as_their_text()
    {
        var json = """{"schemaVersion":1,"subject":"S\u002D1","\u006Fbservations":[{"on":"2020-02-03","code":{"system":"http:\/\/loinc.org","code":"2890-2"},"value":{"v\u0061lue":1.50,"unit":"g\/g"}}]}""";
        var bytes = Encoding.UTF8.GetBytes(json);

        Assert.True(Fast.TryRead(bytes, out var profile, out _));
        Assert.Equal(Json.Serialize(Json.ReadProfileWithContract(bytes).Profile!), Json.Serialize(profile!));
        Assert.Equal("S-1", profile!.Subject.Value);
    }

    [Theory]
    [InlineData("""{"schemaVersion":1,"subject":"S","assessments":[{"on":"2020-01-01","$kind":"core.recorded-score","instrument":"x.null","score":1}]}""")]
    [InlineData("""{"schemaVersion":1,"subject":"S","assessments":[{"$kind":"toy.activity","on":"2020-01-01","score":1}],"observations":[]}""")]
    [InlineData("""{"schemaVersion":1,"subject":"S","therapies":[{"therapy":"prednisone","class":"glucocorticoid","start":"2020-01-01","end":null}]}""")]
    public void A_null_token_in_a_part_read_by_the_contract_sends_the_document_to_the_null_element_check(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        // Therapy courses are read by hand: a null member there is read as absent and needs no check.
        var expectNullCheck = json.Contains("null", StringComparison.Ordinal) && !json.Contains("therapies", StringComparison.Ordinal);

        Assert.True(Fast.TryRead(bytes, out _, out var checkNulls));
        Assert.Equal(expectNullCheck, checkNulls);
        Assert.False(Json.ReadProfile(bytes).HasErrors);
    }

    [Fact]
    public void A_null_dose_change_inside_a_course_is_still_reported_with_its_path()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"schemaVersion":1,"subject":"S","therapies":[{"therapy":"prednisone","class":"glucocorticoid","start":"2020-01-01","doseChanges":[null]}]}""");

        // Courses are read by hand and decline a null element, as every hand-read list does; the contract reports it.
        Assert.False(Fast.TryRead(bytes, out _, out _));
        var error = Assert.Single(Json.ReadProfile(bytes).Diagnostics);
        Assert.Equal(DiagnosticCodes.MissingRequiredProperty, error.Code);
        Assert.Equal("$.therapies[0].doseChanges[0]", error.Path);
        Assert.Equal("null is not allowed as a list element; remove the element", error.Message);
    }

    // Each document breaks one rule of the contract (or is valid in a way the fast path leaves to the contract); the
    // fast path declines it, and ReadProfile reports exactly what the contract reports.
    [Theory]
    [InlineData("""{"schemaVersion":1,"subject":"S","observations":[null]}""", DiagnosticCodes.MissingRequiredProperty, "$.observations[0]")]
    [InlineData("""{"schemaVersion":1,"subject":"S","therapies":[{"therapy":"prednisone","class":"glucocorticoid","start":"2020-01-01"},null]}""", DiagnosticCodes.MissingRequiredProperty, "$.therapies[1]")]
    [InlineData("""{"schemaVersion":1,"subject":"S","therapies":null}""", DiagnosticCodes.InvalidJson, "$.therapies")]
    [InlineData("""{"schemaVersion":1,"subject":"S","diagnoses":[{"disease":"toy","codes":[null]}]}""", DiagnosticCodes.MissingRequiredProperty, "$.diagnoses[0].codes[0]")]
    [InlineData("""{"schemaVersion":1,"subject":"S","observations":[{"on":"2020-01-01","code":{"system":"http://loinc.org","code":"2890-2"},"value":{"value":1,"unit":"g/g"},"extra":1}]}""", DiagnosticCodes.UnknownProperty, "$.observations[0].extra")]
    [InlineData("""{"schemaVersion":1,"subject":"S","observations":[{"on":"2020-01-01","value":{"value":1,"unit":"g/g"}}]}""", DiagnosticCodes.MissingRequiredProperty, "$.observations[0]")]
    [InlineData("""{"schemaVersion":1,"subject":"S","observations":[{"on":"2020-01-01","code":null,"value":{"value":1,"unit":"g/g"}}]}""", DiagnosticCodes.MissingRequiredProperty, "$.observations[0].code")]
    [InlineData("""{"schemaVersion":1,"subject":"S","observations":[{"on":"1700-01-01","code":{"system":"http://loinc.org","code":"2890-2"},"value":{"value":1,"unit":"g/g"}}]}""", DiagnosticCodes.InvalidValue, "$.observations[0].on")]
    [InlineData("""{"schemaVersion":1,"subject":"S","observations":[{"on":"2020-02-30","code":{"system":"http://loinc.org","code":"2890-2"},"value":{"value":1,"unit":"g/g"}}]}""", DiagnosticCodes.InvalidJson, "$.observations[0].on")]
    [InlineData("""{"schemaVersion":1,"subject":"S","observations":[{"on":"2020-01-01","code":{"system":"http://loinc.org","code":"2890-3"},"value":{"value":1,"unit":"g/g"}}]}""", DiagnosticCodes.InvalidValue, "$.observations[0].code")]
    [InlineData("""{"schemaVersion":1,"subject":"S","observations":[{"on":"2020-01-01","code":{"system":"http://loinc.org","code":"2890-2"},"value":{"value":1,"unit":"mg/g"}}]}""", DiagnosticCodes.InvalidValue, "$.observations[0].value")]
    [InlineData("""{"schemaVersion":1,"subject":"S","Observations":[]}""", DiagnosticCodes.UnknownProperty, "$.Observations")]
    [InlineData("""{"subject":"S"}""", DiagnosticCodes.MissingRequiredProperty, "$")]
    [InlineData("""{"schemaVersion":1.5,"subject":"S"}""", DiagnosticCodes.InvalidJson, "$.schemaVersion")]
    [InlineData("""{"schemaVersion":1,"subject":"S","sex":null}""", DiagnosticCodes.InvalidJson, "$.sex")]
    [InlineData("""{"schemaVersion":1,"subject":"S","sex":"nope"}""", DiagnosticCodes.InvalidJson, "$.sex")]
    [InlineData("""{"schemaVersion":1,"subject":"S","drugLevels":[{"on":"2020-01-01","therapy":"HCQ","matrix":"serum","level":{"value":1,"unit":"ng/mL"}}]}""", DiagnosticCodes.InvalidValue, "$.drugLevels[0].therapy")]
    [InlineData("""{"schemaVersion":1,"subject":"S","drugLevels":[{"on":"2020-01-01","therapy":"x","matrix":"serum","level":{"value":1,"unit":"g"}}]}""", DiagnosticCodes.InvalidValue, "$.drugLevels[0].level")]
    [InlineData("""{"schemaVersion":1,"subject":"S","refillAdherence":[{"therapy":"x","from":"2020-01-01","to":"2020-02-01","proportionOfDaysCovered":{"value":101,"unit":"%"}}]}""", DiagnosticCodes.InvalidValue, "$.refillAdherence[0].proportionOfDaysCovered")]
    [InlineData("""{"schemaVersion":1,"subject":"S","autoantibodies":[{"antibody":"x","positive":"yes"}]}""", DiagnosticCodes.InvalidJson, "$.autoantibodies[0].positive")]
    [InlineData("""{"schemaVersion":1,"subject":"S","autoantibodies":[{"antibody":"x","positive":true,"titerDenominator":1e3}]}""", DiagnosticCodes.InvalidJson, "$.autoantibodies[0].titerDenominator")]
    [InlineData("""{"schemaVersion":1,"subject":"S","genotypes":[{"gene":"tpmt"}]}""", DiagnosticCodes.InvalidValue, "$.genotypes[0].gene")]
    [InlineData("""{"schemaVersion":1,"subject":"S","comorbidities":[{"onset":"2020-01-01"}]}""", DiagnosticCodes.MissingRequiredProperty, "$.comorbidities[0]")]
    [InlineData("""{"schemaVersion":1,"subject":"S","antiDrugAntibodies":[{"on":"2020-01-01","therapy":"x"}]}""", DiagnosticCodes.MissingRequiredProperty, "$.antiDrugAntibodies[0]")]
    [InlineData("""{"schemaVersion":1,"subject":"S","bodyWeights":[{"on":"2020-01-01","weight":{"value":0,"unit":"kg"}}]}""", DiagnosticCodes.InvalidValue, "$.bodyWeights[0].weight")]
    [InlineData("""{"schemaVersion":1,"subject":"S","assessments":[{"$kind":"core.recorded-score","on":"2020-01-01","instrument":"x"}]}""", DiagnosticCodes.MissingRequiredProperty, "$.assessments[0]")]
    [InlineData("""{"schemaVersion":1,"subject":"S","assessments":[{"$kind":"core.recorded-score","on":"2020-01-01","instrument":"x","score":"1"}]}""", DiagnosticCodes.InvalidJson, "$.assessments[0].score")]
    [InlineData("""{"schemaVersion":1,"subject":"S","therapies":[{"therapy":"prednisone","class":"glucocorticoid"}]}""", DiagnosticCodes.MissingRequiredProperty, "$.therapies[0]")]
    [InlineData("""{"schemaVersion":1,"subject":"S","therapies":[{"therapy":"prednisone","class":"glucocorticoid","start":"2020-01-01","extra":1}]}""", DiagnosticCodes.UnknownProperty, "$.therapies[0].extra")]
    [InlineData("""{"schemaVersion":1,"subject":"S","therapies":[{"therapy":"prednisone","class":"Glucocorticoid","start":"2020-01-01"}]}""", DiagnosticCodes.InvalidValue, "$.therapies[0].class")]
    [InlineData("""{"schemaVersion":1,"subject":"S","therapies":[{"therapy":"prednisone","class":"glucocorticoid","start":"2020-01-01","route":""}]}""", DiagnosticCodes.InvalidValue, "$.therapies[0].route")]
    [InlineData("""{"schemaVersion":1,"subject":"S","therapies":[{"therapy":"prednisone","class":"glucocorticoid","start":"2020-01-01","indication":"Transplant"}]}""", DiagnosticCodes.InvalidValue, "$.therapies[0].indication")]
    [InlineData("""{"schemaVersion":1,"subject":"S","therapies":[{"therapy":"prednisone","class":"glucocorticoid","start":"2020-01-01","stopReason":"nope"}]}""", DiagnosticCodes.InvalidJson, "$.therapies[0].stopReason")]
    [InlineData("""{"schemaVersion":1,"subject":"S","therapies":[{"therapy":"prednisone","class":"glucocorticoid","start":"2300-01-01"}]}""", DiagnosticCodes.InvalidValue, "$.therapies[0].start")]
    [InlineData("""{"schemaVersion":1,"subject":"S","therapies":[{"therapy":"prednisone","class":"glucocorticoid","start":"2020-01-01","doseChanges":null}]}""", DiagnosticCodes.InvalidJson, "$.therapies[0].doseChanges")]
    [InlineData("""{"schemaVersion":1,"subject":"S","therapies":[{"therapy":"prednisone","class":"glucocorticoid","start":"2020-01-01","regimen":{"administrations":2}}]}""", DiagnosticCodes.MissingRequiredProperty, "$.therapies[0].regimen")]
    [InlineData("""{"schemaVersion":1,"subject":"S","therapies":[{"therapy":"prednisone","class":"glucocorticoid","start":"2020-01-01","regimen":{"dose":{"value":5,"unit":"mg"},"administrations":null}}]}""", DiagnosticCodes.InvalidJson, "$.therapies[0].regimen.administrations")]
    [InlineData("""{"schemaVersion":1,"subject":"S","therapies":[{"therapy":"prednisone","class":"glucocorticoid","start":"2020-01-01","regimen":{"dose":{"value":5,"unit":"mg"},"intervalDays":1.5}}]}""", DiagnosticCodes.InvalidJson, "$.therapies[0].regimen.intervalDays")]
    [InlineData("""{"schemaVersion":1,"subject":"S","therapies":[{"therapy":"prednisone","class":"glucocorticoid","start":"2020-01-01","regimen":{"dose":{"value":5,"unit":"ng/mL"}}}]}""", DiagnosticCodes.InvalidValue, "$.therapies[0].regimen.dose")]
    [InlineData("""{"schemaVersion":1,"subject":"S","therapies":[{"therapy":"prednisone","class":"glucocorticoid","start":"2020-01-01","regimen":{"dose":{"value":5,"unit":"mg"},"averageDailyDose":{"value":5,"unit":"mg"}}}]}""", DiagnosticCodes.UnknownProperty, "$.therapies[0].regimen.averageDailyDose")]
    [InlineData("""{"schemaVersion":1,"subject":"S","therapies":[{"therapy":"prednisone","class":"glucocorticoid","start":"2020-01-01","doseChanges":[{"on":"2020-02-01"}]}]}""", DiagnosticCodes.MissingRequiredProperty, "$.therapies[0].doseChanges[0]")]
    [InlineData("""{"schemaVersion":1,"subject":"S","therapies":[{"therapy":"prednisone","class":"glucocorticoid","start":"2020-01-01","doseChanges":[{"on":"2020-02-01","regimen":null}]}]}""", DiagnosticCodes.MissingRequiredProperty, "$.therapies[0].doseChanges[0].regimen")]
    [InlineData("""{"schemaVersion":1,"subject":"S","therapies":[{"therapy":"prednisone","class":"glucocorticoid","start":"2020-01-01","administered":[null]}]}""", DiagnosticCodes.MissingRequiredProperty, "$.therapies[0].administered[0]")]
    [InlineData("""{"schemaVersion":1,"subject":"S","therapies":[{"therapy":"rituximab","class":"anti-cd20","start":"2020-01-01","administered":[{"reaction":true}]}]}""", DiagnosticCodes.MissingRequiredProperty, "$.therapies[0].administered[0]")]
    [InlineData("""{"schemaVersion":1,"subject":"S","therapies":[{"therapy":"rituximab","class":"anti-cd20","start":"2020-01-01","administered":[{"on":"2020-01-01","reaction":null}]}]}""", DiagnosticCodes.InvalidJson, "$.therapies[0].administered[0].reaction")]
    [InlineData("""{"schemaVersion":1,"subject":"S","therapies":[{"therapy":"rituximab","class":"anti-cd20","start":"2020-01-01","administered":[{"on":"1799-12-31"}]}]}""", DiagnosticCodes.InvalidValue, "$.therapies[0].administered[0].on")]
    [InlineData("""{"schemaVersion":1,"subject":"S","therapies":[{"therapy":"rituximab","class":"anti-cd20","start":"2020-01-01","administered":[{"on":"2020-01-01","reason":"x"}]}]}""", DiagnosticCodes.UnknownProperty, "$.therapies[0].administered[0].reason")]
    [InlineData("""{"schemaVersion":1,"subject":"S","assessments":[{"$kind":"toy.activity","on":"2020-01-01","score":1},null]}""", DiagnosticCodes.MissingRequiredProperty, "$.assessments[1]")]
    [InlineData("""{"schemaVersion":1,"subject":"S","assessments":[{"$kind":"toy.activity","on":"2020-01-01","score":1},{"$kind":"core.recorded-score","on":"2020-01-01","instrument":"x"}]}""", DiagnosticCodes.MissingRequiredProperty, "$.assessments[1]")]
    [InlineData("""{"schemaVersion":1,"subject":"S","assessments":[{"$kind":"toy.activity","on":"2020-01-01","score":1},7]}""", DiagnosticCodes.InvalidJson, "$.assessments[1]")]
    [InlineData("""{"schemaVersion":1,"subject":"S"} x""", DiagnosticCodes.InvalidJson, "$")]
    [InlineData("""{"schemaVersion":1,"subject":"S","observations":[{"on":"2020-01-01",}]}""", DiagnosticCodes.InvalidJson, "$.observations[0]")]
    [InlineData("""null""", DiagnosticCodes.InvalidJson, "$")]
    public void A_document_the_fast_path_declines_reads_exactly_as_the_contract_reads_it(string json, string code, string pathStart)
    {
        var bytes = Encoding.UTF8.GetBytes(json);

        Assert.False(Fast.TryRead(bytes, out _, out _));
        var read = Json.ReadProfile(bytes);
        var reference = Json.ReadProfileWithContract(bytes);
        Assert.Equal(Describe(reference), Describe(read));
        var error = Assert.Single(read.Diagnostics);
        Assert.Equal(code, error.Code);
        Assert.StartsWith(pathStart, error.Path, StringComparison.Ordinal);
    }

    // Valid, or not, in ways the fast path either reads itself or leaves to the contract without declining the document.
    [Theory]
    [InlineData("""{"schemaVersion":1,"subject":"S","observations":[{"on":"2020-01-01","on":"2020-01-02","code":{"system":"http://loinc.org","code":"2890-2"},"value":{"value":1,"unit":"g/g"}}]}""")]
    [InlineData("""{"schemaVersion":1,"subject":"S","exposures":[{"kind":"smoking","status":7}]}""")]
    [InlineData("""{"schemaVersion":1,"subject":"S","therapies":[{"therapy":"prednisone","class":"glucocorticoid","start":"2020-01-01","end":"2020-03-01","stopReason":1}]}""")]
    [InlineData("""{"schemaVersion":1,"subject":"S","therapies":[{"therapy":"prednisone","class":"glucocorticoid","start":"2020-01-01","start":"2020-01-02"}]}""")]
    [InlineData("""{"schemaVersion":1,"subject":"S","therapies":[{"therapy":"prednisone","class":"glucocorticoid","start":"2020-01-01","regimen":{"dose":{"value":5,"unit":"mg"},"dose":{"value":6,"unit":"mg"}}}]}""")]
    [InlineData("""{"schemaVersion":1,"subject":"S","therapies":[{"therapy":"prednisone","class":"glucocorticoid","start":"2020-01-01","regimen":{"dose":{"value":5,"unit":"mg"},"administrations":0,"intervalDays":-3,"totalAdministrations":0}}]}""")]
    [InlineData("""{"schemaVersion":1,"subject":"S","therapies":[{"therapy":"prednisone","class":"glucocorticoid","start":"2020-01-01","doseChanges":[],"administered":[]}]}""")]
    [InlineData("""{"schemaVersion":1,"subject":"S","therapies":[{"therapy":"prednisone","class":"glucocorticoid","start":"2020-01-01","doseChanges":[{"regimen":{"intervalDays":2,"dose":{"value":5,"unit":"mg"}},"on":"2019-01-01"}]}]}""")]
    [InlineData("""{"schemaVersion":1,"subject":"S","assessments":[{"on":"2020-01-01","$kind":"core.recorded-score","instrument":"x","score":1}]}""")]
    [InlineData("\uFEFF{\"schemaVersion\":1,\"subject\":\"S\"}")]
    [InlineData(" \r\n\t{ \"schemaVersion\" : 1 , \"subject\" : \"S\" } \n")]
    [InlineData("""{"schemaVersion":1,"subject":"S" /* note */}""")]
    [InlineData("""{"schemaVersion":1,"subject":"S","observations":[{"on":"2020-01-01","code":{"system":"http://loinc.org","code":"2890-2"},"value":{"value":1,"unit":"g/g"}},]}""")]
    [InlineData("""{"schemaVersion":1,"subject":"S","diagnoses":[{"disease":"toy","features":{"severe":true,"$kind":"toy.features"}}]}""")]
    [InlineData("""{"schemaVersion":1,"subject":"S","diagnoses":[{"disease":"toy","features":{"$kind":"toy.nope"}}]}""")]
    [InlineData("""{"schemaVersion":1,"subject":"S","assessments":[{"$kind":"toy.activity","on":"2020-01-01","score":1,"extra":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}]}""")]
    public void An_unusual_document_reads_exactly_as_the_contract_reads_it(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);

        Assert.Equal(Describe(Json.ReadProfileWithContract(bytes)), Describe(Json.ReadProfile(bytes)));
    }

    [Fact]
    public void The_fast_paths_table_of_members_matches_the_source_generated_metadata()
    {
        foreach (var record in ProfileFastReaderContract.Records)
        {
            var info = Json.Options.GetTypeInfo(record.Type);
            Assert.Equal(JsonTypeInfoKind.Object, info.Kind);
            var members = info.Properties;
            Assert.Equal(
                members.Select(p => p.Name).Order(StringComparer.Ordinal),
                record.Members.Order(StringComparer.Ordinal));
            Assert.Equal(
                members.Where(p => p.IsRequired || IsRequiredParameter(p)).Select(p => p.Name).Order(StringComparer.Ordinal),
                record.Required.Order(StringComparer.Ordinal));
            Assert.Equal(
                members.Where(p => p.IsSetNullable).Select(p => p.Name).Order(StringComparer.Ordinal),
                record.Nullable.Order(StringComparer.Ordinal));
        }
    }

    // A constructor parameter without a default value (DoseRegimen's dose): required under RespectRequiredConstructorParameters.
    private static bool IsRequiredParameter(JsonPropertyInfo property) =>
        Json.Options.RespectRequiredConstructorParameters && property.AssociatedParameter is { HasDefaultValue: false, IsMemberInitializer: false };

    private static string Describe(ProfileReadResult result) =>
        result.Profile is { } profile
            ? "profile " + Json.Serialize(profile)
            : string.Join("\n", result.Diagnostics.Select(d => $"{d.Severity} {d.Code} {d.Path}: {d.Message}"));
}
