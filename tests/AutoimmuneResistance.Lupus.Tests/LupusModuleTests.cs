namespace AutoimmuneResistance.Lupus.Tests;

public sealed class LupusModuleTests
{
    [Fact]
    public void The_module_registers_under_its_disease_id()
    {
        var pipeline = new ResistancePipelineBuilder().AddLupus().Build();

        var disease = Assert.Single(pipeline.Diseases);
        Assert.Equal("sle", disease.Id.Value);
        Assert.Equal("AutoimmuneResistance.Lupus", disease.Module);
    }
}

public sealed class InstrumentDefinitionSelectionTests
{
    [Fact]
    public void A_selected_definition_set_reaches_instruments_computed_by_id()
    {
        var input = """{"on":"2024-01-01","present":["arthritis"]}"""u8.ToArray();
        var standard = new ResistancePipelineBuilder().AddLupus().Build();
        var window30 = new ResistancePipelineBuilder().AddLupus().UseDefinitionSet(ActivityDefinitions.Window30.Id).Build();

        Assert.Contains("\"windowDays\":10", standard.ComputeInstrument(LupusIds.Sledai2k, input).ResultText(), StringComparison.Ordinal);
        Assert.Contains("\"windowDays\":30", window30.ComputeInstrument(LupusIds.Sledai2k, input).ResultText(), StringComparison.Ordinal);
    }
}

public sealed class NephritisDefinitionSelectionTests
{
    // Clinical reference section 10.2 vector: UPCR 0.6 g/g at 12 months is complete under EULAR/ERA-EDTA 2019 (< 0.7)
    // but not under KDIGO 2024 (< 0.5 g/g).
    private static readonly byte[] Input = """
        {"baseline":{"on":"2023-01-01","proteinuria":{"value":4.0,"unit":"g/g"},"egfr":{"value":80,"unit":"mL/min/{1.73_m2}"}},
         "followUps":[{"on":"2024-01-01","proteinuria":{"value":0.6,"unit":"g/g"},"egfr":{"value":78,"unit":"mL/min/{1.73_m2}"}}]}
        """u8.ToArray();

    [Fact]
    public void The_pipeline_selection_decides_unless_the_input_names_a_definition_set()
    {
        var eular = new ResistancePipelineBuilder().AddLupus().Build();
        var kdigo = new ResistancePipelineBuilder().AddLupus().UseDefinitionSet(NephritisResponseDefinitions.Kdigo2024.Id).Build();

        Assert.Contains("\"response\":\"complete\"", eular.ComputeInstrument(LupusIds.NephritisResponse, Input).ResultText(), StringComparison.Ordinal);
        var underKdigo = kdigo.ComputeInstrument(LupusIds.NephritisResponse, Input).ResultText();
        Assert.DoesNotContain("\"response\":\"complete\"", underKdigo, StringComparison.Ordinal);
        Assert.Contains("sle.ln-response.kdigo-2024", underKdigo, StringComparison.Ordinal);
    }
}
