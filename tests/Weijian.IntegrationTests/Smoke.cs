namespace Weijian.IntegrationTests; public class Smoke { [Xunit.Fact] public void Runs() { } }
