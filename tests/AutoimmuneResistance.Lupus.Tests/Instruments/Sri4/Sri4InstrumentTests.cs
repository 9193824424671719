namespace AutoimmuneResistance.Lupus.Tests.Instruments;

public sealed class Sri4InstrumentTests
{
    private static readonly DateOnly Baseline = new(2024, 1, 15);
    private static readonly DateOnly FollowUp = new(2024, 7, 15);

    private static BilagVisit Bilag(DateOnly on, params (BilagDomain Domain, BilagGrade Grade)[] grades) => new()
    {
        On = on,
        Domains = [.. Enum.GetValues<BilagDomain>().Select(d => new BilagDomainGrade
        {
            Domain = d,
            Grade = grades.FirstOrDefault(g => g.Domain == d) is { Grade: not 0 } given ? given.Grade : BilagGrade.D,
        })],
    };

    private static Sri4Input Input(int baseline, int followUp, decimal pgaBefore = 1m, decimal pgaAfter = 1m) => new()
    {
        Baseline = new Sri4TimePoint { On = Baseline, SledaiTotal = baseline, Pga = pgaBefore, Bilag = Bilag(Baseline) },
        FollowUp = new Sri4TimePoint { On = FollowUp, SledaiTotal = followUp, Pga = pgaAfter, Bilag = Bilag(FollowUp) },
    };

    [Fact]
    public void The_pga_boundary_uses_decimal_arithmetic()
    {
        var instrument = new Sri4Instrument();

        Assert.False(instrument.Compute(Input(10, 6, 1.00m, 1.30m)).Responder);
        Assert.True(instrument.Compute(Input(10, 6, 1.00m, 1.29m)).Responder);
        Assert.False(instrument.Compute(Input(10, 6, 0.1m, 0.4m)).Responder);
        Assert.Equal(0.3m, instrument.Compute(Input(10, 6, 0.1m, 0.4m)).Pga.Increase);
        Assert.True(instrument.Compute(Input(10, 6, 3m, 0m)).Responder);
    }

    [Fact]
    public void The_response_threshold_names_the_index()
    {
        var instrument = new Sri4Instrument();

        Assert.Equal("SRI-4", instrument.Compute(Input(10, 6)).Name);
        Assert.Equal(["SRI-4", "SRI-5", "SRI-6", "SRI-7", "SRI-8"], Enumerable.Range(4, 5).Select(t => instrument.Compute(Input(20, 0) with { ResponseThreshold = t }).Name));
        Assert.Equal([true, true, false, false, false], Enumerable.Range(4, 5).Select(t => instrument.Compute(Input(11, 6) with { ResponseThreshold = t }).Responder));
        var error = Assert.Throws<ArgumentException>(() => instrument.Compute(Input(10, 6) with { ResponseThreshold = 9 }));
        Assert.Contains("AIR2608 ERROR $.responseThreshold", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_index_is_recorded_and_inferred_when_not_stated()
    {
        var instrument = new Sri4Instrument();
        var totals = instrument.Compute(Input(10, 6));
        Assert.Equal(SledaiIndex.SelenaSledai, totals.Index);
        Assert.False(totals.IndexStated);

        var stated = instrument.Compute(Input(10, 6) with { Index = SledaiIndex.Sledai2k });
        Assert.Equal(SledaiIndex.Sledai2k, stated.Index);
        Assert.True(stated.IndexStated);

        // One time point as a SLEDAI-2K visit fixes the index; the other may be a SLEDAI-2K total.
        var mixed = Input(10, 6) with
        {
            Baseline = Input(10, 6).Baseline with { SledaiTotal = null, Sledai2k = new Sledai2kVisit { On = Baseline, Present = [Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.Rash, Sledai2kDescriptor.LowComplement, Sledai2kDescriptor.Alopecia] } },
        };
        var result = instrument.Compute(mixed);
        Assert.Equal(SledaiIndex.Sledai2k, result.Index);
        Assert.Equal(10, result.Sledai.Baseline);
        Assert.NotNull(result.Sledai.BaselineBreakdown);
        Assert.Null(result.Sledai.FollowUpBreakdown);
        Assert.True(result.Responder);
    }

    [Fact]
    public void Failed_rules_are_reported_in_rule_order_and_decide_the_response()
    {
        var input = Input(8, 8, 1m, 1.5m) with
        {
            FollowUp = Input(8, 8, 1m, 1.5m).FollowUp with
            {
                Bilag = Bilag(FollowUp, (BilagDomain.Renal, BilagGrade.A), (BilagDomain.Mucocutaneous, BilagGrade.B), (BilagDomain.Haematological, BilagGrade.B)),
            },
        };

        var result = new Sri4Instrument().Compute(input);

        Assert.False(result.Responder);
        Assert.Equal([Sri4Rule.SledaiDecrease, Sri4Rule.NoNewBilagA, Sri4Rule.AtMostOneNewBilagB, Sri4Rule.NoPgaWorsening], result.FailedRules.AsEnumerable());
        Assert.Equal([BilagDomain.Renal], result.Bilag.NewA.AsEnumerable());
        Assert.Equal([BilagDomain.Mucocutaneous, BilagDomain.Haematological], result.Bilag.NewB.AsEnumerable());
    }

    [Theory]
    [InlineData(BilagGrade.A, BilagGrade.A, Sri4BilagChange.NotNew)]
    [InlineData(BilagGrade.B, BilagGrade.A, Sri4BilagChange.NewA)]
    [InlineData(BilagGrade.E, BilagGrade.A, Sri4BilagChange.NewA)]
    [InlineData(BilagGrade.A, BilagGrade.B, Sri4BilagChange.NotNew)]
    [InlineData(BilagGrade.B, BilagGrade.B, Sri4BilagChange.NotNew)]
    [InlineData(BilagGrade.C, BilagGrade.B, Sri4BilagChange.NewB)]
    [InlineData(BilagGrade.D, BilagGrade.B, Sri4BilagChange.NewB)]
    [InlineData(BilagGrade.E, BilagGrade.B, Sri4BilagChange.NewB)]
    [InlineData(BilagGrade.B, BilagGrade.C, Sri4BilagChange.NotNew)]
    [InlineData(BilagGrade.E, BilagGrade.C, Sri4BilagChange.NotNew)]
    [InlineData(BilagGrade.A, BilagGrade.E, Sri4BilagChange.NotNew)]
    public void A_new_a_is_a_not_a_at_baseline_and_a_new_b_was_c_d_or_e(BilagGrade before, BilagGrade after, Sri4BilagChange expected)
    {
        var input = Input(10, 6) with
        {
            Baseline = Input(10, 6).Baseline with { Bilag = Bilag(Baseline, (BilagDomain.Renal, before)) },
            FollowUp = Input(10, 6).FollowUp with { Bilag = Bilag(FollowUp, (BilagDomain.Renal, after)) },
        };

        var change = new Sri4Instrument().Compute(input).Bilag.Domains.Single(d => d.Domain == BilagDomain.Renal);

        Assert.Equal(expected, change.Change);
        Assert.Equal(before, change.Baseline);
        Assert.Equal(after, change.FollowUp);
    }

    [Fact]
    public void Code_built_inputs_with_undefined_values_are_rejected_with_paths()
    {
        var input = Input(10, 6) with
        {
            Index = (SledaiIndex)7,
            Baseline = Input(10, 6).Baseline with { Bilag = new BilagVisit { On = Baseline, Domains = [new BilagDomainGrade { Domain = (BilagDomain)42, Grade = (BilagGrade)9 }] } },
        };

        var errors = new Sri4Instrument().Validate(input).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

        Assert.Contains(errors, e => e.Code == Sri4DiagnosticCodes.UnknownIndex && e.Path == "$.index");
        Assert.Contains(errors, e => e.Code == Sri4DiagnosticCodes.UnknownBilagValue && e.Path == "$.baseline.bilag.domains[0].domain");
        Assert.Contains(errors, e => e.Code == Sri4DiagnosticCodes.UnknownBilagValue && e.Path == "$.baseline.bilag.domains[0].grade");
        Assert.Contains(errors, e => e.Code == Sri4DiagnosticCodes.BilagDomainMissing && e.Message.Contains("'renal' is graded at follow-up but not at baseline", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_reading_problems_are_reported_with_paths()
    {
        var pipeline = ActivityTestModule.Pipeline;
        const string Point = """{"on":"2024-01-15","sledaiTotal":10,"pga":1.0,"bilag":{"on":"2024-01-15","domains":[{"domain":"renal","grade":"C"}]}}""";

        var missing = Assert.Single(pipeline.ComputeInstrument(LupusIds.Sri4, System.Text.Encoding.UTF8.GetBytes("{\"baseline\":" + Point + "}")).Diagnostics);
        Assert.Equal(DiagnosticCodes.MissingRequiredProperty, missing.Code);

        var grade = Point.Replace("\"C\"", "\"F\"", StringComparison.Ordinal);
        var badGrade = Assert.Single(pipeline.ComputeInstrument(LupusIds.Sri4, System.Text.Encoding.UTF8.GetBytes($$"""{"baseline":{{Point}},"followUp":{{grade}}}""")).Diagnostics);
        Assert.Equal("$.followUp.bilag.domains[0].grade", badGrade.Path);

        var ok = pipeline.ComputeInstrument(LupusIds.Sri4, System.Text.Encoding.UTF8.GetBytes($$"""{"baseline":{{Point}},"followUp":{{Point}}}"""));
        Assert.False(ok.HasErrors);
        Assert.Equal(Sri4DiagnosticCodes.BilagDomainsNotGraded, Assert.Single(ok.Diagnostics).Code);
        Assert.Contains("\"responder\":false", ok.ResultText(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_bilag_entry_built_in_code_is_an_error_at_its_path_not_a_crash()
    {
        var input = Input(10, 6, 1m, 1m);
        input = input with { FollowUp = input.FollowUp with { Bilag = input.FollowUp.Bilag with { Domains = [null!, .. input.FollowUp.Bilag.Domains] } } };

        var errors = new Sri4Instrument().Validate(input).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

        var error = Assert.Single(errors);
        Assert.Equal((DiagnosticCodes.MissingRequiredProperty, "$.followUp.bilag.domains[0]"), (error.Code, error.Path));
    }
}
