<#include "header.ftl">
<h1>Latest articles</h1>
<#list published_posts as post>
<#if post?index gte 10><#break></#if>
<h2><a href="${content.rootpath}${post.uri}"><#escape x as x?xml>${post.title}</#escape></a></h2>
<p>${post.date?string("dd MMMM yyyy")}</p>
</#list>
<p><a href="${content.rootpath}archive.html">All articles</a></p>
<#include "footer.ftl">
