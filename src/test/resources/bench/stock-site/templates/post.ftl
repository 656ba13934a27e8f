<#include "header.ftl">
<article>
<h1><#escape x as x?xml>${content.title}</#escape></h1>
<p><em>${content.date?string("dd MMMM yyyy")}</em></p>
<#if content.tags??><p><#list content.tags as tag><a href="${content.rootpath}tags/${tag}.html">${tag}</a> </#list></p></#if>
${content.body}
</article>
<p>
<#if content.previousContent??><a href="${content.rootpath}${content.previousContent.uri}">Previous: <#escape x as x?xml>${content.previousContent.title}</#escape></a></#if>
<#if content.nextContent??><a href="${content.rootpath}${content.nextContent.uri}">Next: <#escape x as x?xml>${content.nextContent.title}</#escape></a></#if>
</p>
<#include "footer.ftl">
