<#include "header.ftl">
<h1><#escape x as x?xml>${content.title}</#escape></h1>
${content.body}
<#include "footer.ftl">
