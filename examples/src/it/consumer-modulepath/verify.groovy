// After the consumer's build: checks what a user of the library gets.
//  1. The library's POMs in the IT repository name a real version (flattened, no ${revision}).
//  2. The run-time dependencies that Maven resolved for the consumer (target/runtime-tree.json,
//     written by dependency:tree) are what a user expects, and nothing compile- or test-only.
//  3. Surefire ran the tests with the library, from the IT repository, on the module path.
// Variables from the invoker plugin: basedir, localRepositoryPath, accountabilityVersion.
import groovy.json.JsonSlurper

// 1.
['accountability-parent', 'accountability-core', 'accountability-json'].each { artifactId ->
  def pom = new File(localRepositoryPath,
      "org/accountability/${artifactId}/${accountabilityVersion}/${artifactId}-${accountabilityVersion}.pom")
  assert pom.isFile() : "${pom} was not installed"
  assert !pom.text.contains('${revision}') : "${pom} still names \${revision}"
}

// 2.
def tree = new JsonSlurper().parse(new File(basedir, 'target/runtime-tree.json'))
def ga = { node -> "${node.groupId}:${node.artifactId}".toString() }
def all = []
def walk
walk = { node -> node.children?.each { child -> all << child; walk(child) } }
walk(tree)
println 'Run-time dependencies of the consumer:'
all.each { println "  ${ga(it)}:${it.version}:${it.scope}" }

def core = tree.children.find { ga(it) == 'org.accountability:accountability-core' }
def json = tree.children.find { ga(it) == 'org.accountability:accountability-json' }
assert core != null && json != null : 'the consumer depends on core and json'
assert core.version == accountabilityVersion && json.version == accountabilityVersion
assert tree.children.collect(ga) as Set ==
    ['org.accountability:accountability-core', 'org.accountability:accountability-json'] as Set

// core -> guava, jspecify
assert core.children.collect(ga) as Set == ['com.google.guava:guava', 'org.jspecify:jspecify'] as Set :
    "core brings ${core.children.collect(ga)}"
// json -> core, jackson-databind, jspecify; Maven lists a dependency once, where it is nearest, so
// core and jspecify already appear above.
def jsonDeps = json.children.collect(ga) as Set
assert jsonDeps.contains('tools.jackson.core:jackson-databind') : "json brings ${jsonDeps}"
assert (jsonDeps - ['tools.jackson.core:jackson-databind', 'org.accountability:accountability-core',
    'org.jspecify:jspecify']).isEmpty() : "json brings ${jsonDeps}"

// Nothing compile-only (Immutables, Error Prone, NullAway) or test-only leaks to users.
def forbidden = ['org.immutables:', 'com.google.errorprone:error_prone_core', 'com.uber.nullaway:',
    'org.junit', 'com.tngtech.archunit:', 'org.slf4j:', 'com.networknt:', 'org.duckdb:']
all.each { node ->
  assert !forbidden.any { ga(node).startsWith(it) } : "unexpected run-time dependency ${ga(node)}"
  assert node.scope in ['compile', 'runtime'] : "${ga(node)} has scope ${node.scope}"
}

// 3.
def reports = new File(basedir, 'target/surefire-reports').listFiles().findAll { it.name ==~ /TEST-.*\.xml/ }
assert reports : 'Surefire wrote no report'
reports.each { report ->
  def properties = new groovy.xml.XmlSlurper().parse(report).'**'
      .findAll { it.name() == 'property' }
      .collectEntries { [(it.@name.text()): it.@value.text()] }
  def classPath = (properties['java.class.path'] ?: '').split(File.pathSeparator) as List
  def modulePath = (properties['jdk.module.path'] ?: '').split(File.pathSeparator).findAll() as List
  def repository = localRepositoryPath.canonicalPath + File.separator
  def fromRepository = { entry -> new File(entry).canonicalPath.startsWith(repository) }
  ['accountability-core', 'accountability-json'].each { artifactId ->
    def jar = "${artifactId}-${accountabilityVersion}.jar"
    assert modulePath.any { fromRepository(it) && it.endsWith(File.separator + jar) } :
        "${report.name}: ${jar} from ${repository} is not on the module path ${modulePath}"
    assert !classPath.any { it.endsWith(File.separator + jar) } :
        "${report.name}: ${jar} is on the class path ${classPath}"
  }
  assert modulePath.any { it.endsWith(File.separator + 'classes') } :
      "${report.name}: the consumer's own module is not on the module path ${modulePath}"
}
return true
