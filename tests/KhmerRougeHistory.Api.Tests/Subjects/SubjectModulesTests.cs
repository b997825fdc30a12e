using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Tests.Subjects;

/// <summary>Every kind of subject is declared once, in its own folder, and the declarations agree with the classes.</summary>
public sealed class SubjectModulesTests
{
    [Fact]
    public void EverySubjectTypeAndEverySubjectClass_HasExactlyOneDeclaration()
    {
        var classes = typeof(Subject).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Subject)) && !t.IsAbstract).ToList();

        Assert.Equal(Enum.GetValues<SubjectType>(), SubjectModules.All.Select(m => m.Type));
        Assert.Equal(classes.OrderBy(c => c.Name), SubjectModules.All.Select(m => m.EntityClass).OrderBy(c => c.Name));
        Assert.All(SubjectModules.All, m => Assert.Equal(m.EntityClass.Namespace, m.GetType().Namespace));
    }

    [Fact]
    public void ADeclaration_MakesItsSubjectsFromRecords_AndRefusesAnUnknownKind()
    {
        foreach (var module in SubjectModules.All)
        {
            var subject = module.Create(module.KeyPrefix + "test", "Label", "Description", module.KindNames[0]);

            Assert.NotNull(subject);
            Assert.Equal(module.Type, subject.Type);
            Assert.Equal(module.KindNames[0], subject.KindName);
            Assert.Null(module.Create(module.KeyPrefix + "test", "Label", "Description", "NoSuchKind"));
            Assert.Null(module.Create(module.KeyPrefix + "test", "Label", "Description", "0"));
        }
    }
}
