/** A user's named module that reads the library's modules. */
module org.example.consumer {
  requires org.accountability.core;
  requires org.accountability.json;

  // The test looks up Jackson modules the way JsonMapper.builder().findAndAddModules() does.
  uses tools.jackson.databind.JacksonModule;
}
