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
