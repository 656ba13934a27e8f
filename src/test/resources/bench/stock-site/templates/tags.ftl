<#include "header.ftl">
<h1>Tag: <#escape x as x?xml>${tag}</#escape></h1>
<ul>
<#list tag_posts as post>
<li>${post.date?string("yyyy-MM-dd")} <a href="${content.rootpath}${post.uri}"><#escape x as x?xml>${post.title}</#escape></a></li>
</#list>
</ul>
<#include "footer.ftl">
