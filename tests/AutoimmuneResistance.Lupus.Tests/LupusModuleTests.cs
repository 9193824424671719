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
