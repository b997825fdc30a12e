using GraphQL;
using GraphQL.Execution;
using KhmerRougeHistory.Api.Dates;
using KhmerRougeHistory.Api.Http;

namespace KhmerRougeHistory.Api.Tests.Http;

public sealed class GraphQLErrorInfoProviderTests
{
    private readonly GraphQLErrorInfoProvider _provider = new();

    [Fact]
    public void UnexpectedException_IsAnInternalServerErrorWithoutDetails()
    {
        var info = _provider.GetInfo(new UnhandledError("Error trying to resolve field 'dataVersion'.", new InvalidOperationException("secret")));

        Assert.Equal("Error trying to resolve field 'dataVersion'.", info.Message);
        Assert.Equal(new Dictionary<string, object?> { ["code"] = "INTERNAL_SERVER_ERROR" }, info.Extensions);
    }

    [Fact]
    public void ExceptionThisApplicationThrows_KeepsItsCode()
    {
        var info = _provider.GetInfo(new UnhandledError("Error trying to resolve field 'born'.", new EdtfFormatException("bad date")));

        Assert.Equal("EDTF_FORMAT", info.Extensions?["code"]);
        Assert.False(info.Extensions?.ContainsKey("codes"));
    }

    [Fact]
    public void ExecutionError_KeepsItsCodeAndExtensions()
    {
        var error = new ExecutionError("The cursor 'x' does not come from this list.") { Code = "INVALID_CURSOR" }.AddExtension("field", "persons");

        var info = _provider.GetInfo(error);

        Assert.Equal("The cursor 'x' does not come from this list.", info.Message);
        Assert.Equal(new Dictionary<string, object?> { ["code"] = "INVALID_CURSOR", ["field"] = "persons" }, info.Extensions);
    }
}
