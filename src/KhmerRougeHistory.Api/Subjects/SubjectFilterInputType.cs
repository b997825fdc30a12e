using KhmerRougeHistory.Api.Querying.Inputs;

namespace KhmerRougeHistory.Api.Subjects;

public sealed class SubjectFilterInputType() : FilterInputType<Subject>(SubjectFilter.Definition);
